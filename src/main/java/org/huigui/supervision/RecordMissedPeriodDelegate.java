package org.huigui.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.DiagramProperties;
import org.springframework.stereotype.Component;

/** 记录逾期未完成: the period ended without its work; recorded as the system's, the task stays open. */
@Component("recordMissedPeriod")
class RecordMissedPeriodDelegate implements JavaDelegate {

	private final Periods periods;

	RecordMissedPeriodDelegate(Periods periods) {
		this.periods = periods;
	}

	@Override
	public void execute(DelegateExecution execution) {
		periods.markMissed(execution.getProcessBusinessKey(),
				WorkKind.valueOf(DiagramProperties.required(execution, SchedulePeriodDelegate.WORK_KIND)));
	}

}
