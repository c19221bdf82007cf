package org.huigui.supervision;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;
import org.springframework.stereotype.Component;

/** 记录核查结果: the subject was reached, or is out of contact (脱管) and goes to the head. */
@Component("recordContact")
class RecordContactDelegate implements JavaDelegate {

	private final CheckIns checkIns;

	RecordContactDelegate(CheckIns checkIns) {
		this.checkIns = checkIns;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		String outcome = fields.text("contactOutcome");
		if (!List.of(CheckInMiss.CONTACTED, CheckInMiss.OUT_OF_CONTACT).contains(outcome)) {
			throw new InputRejected("contactOutcome", "不是可选的值（" + outcome + "）");
		}
		execution.setVariable("outOfContact",
				checkIns.followedUp(execution.getProcessBusinessKey(), outcome, fields.text("contactNote")));
		execution.removeVariables(List.of("contactOutcome", "contactNote"));
	}

}
