package org.huigui.handover;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 核查: verified with the village committee and the police station; family and livelihood known. */
@Component("recordVerification")
class RecordVerificationDelegate implements JavaDelegate {

	private final ReleaseNotices notices;

	RecordVerificationDelegate(ReleaseNotices notices) {
		this.notices = notices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		fields.confirmed("villageVerified", "须经村（居）委会核查");
		fields.confirmed("policeVerified", "须经公安派出所核查");
		fields.dateNotAfterToday("verifiedOn");
		boolean needsRelief = "NO_INCOME".equals(fields.text("livelihood", 20));
		notices.verified(execution.getProcessBusinessKey(), fields.text("residence"),
				fields.choice("familySupport", FamilySupport.class), needsRelief);
		execution.setVariable("needsRelief", needsRelief);
		execution.setVariable("reliefAmount", notices.firstMonthRelief().toPlainString());
	}

}
