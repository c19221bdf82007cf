package org.huigui.handover;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 首月救助金: paid to a person released without income, the configured amount. */
@Component("recordRelief")
class RecordReliefDelegate implements JavaDelegate {

	private final ReleaseNotices notices;

	RecordReliefDelegate(ReleaseNotices notices) {
		this.notices = notices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		notices.reliefPaid(execution.getProcessBusinessKey(), fields.dateNotAfterToday("paidOn"),
				fields.text("paymentReference"));
	}

}
