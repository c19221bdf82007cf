package org.huigui.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录核查中断: days passed without a check-in; the contact task shows the last one. */
@Component("recordCheckInsMissing")
class RecordCheckInsMissingDelegate implements JavaDelegate {

	private final CheckIns checkIns;

	RecordCheckInsMissingDelegate(CheckIns checkIns) {
		this.checkIns = checkIns;
	}

	@Override
	public void execute(DelegateExecution execution) {
		checkIns.gapNoticed(execution.getProcessBusinessKey());
		execution.setVariable("lastCheckIn", checkIns.lastCheckInLabel(execution.getProcessBusinessKey()));
	}

}
