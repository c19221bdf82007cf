package org.huigui.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.DiagramProperties;
import org.springframework.stereotype.Component;

/** 安排本期: the next period of the work the service task names ({@code workKind}), as long as the grade asks. */
@Component("schedulePeriod")
class SchedulePeriodDelegate implements JavaDelegate {

	static final String WORK_KIND = "workKind";

	private final Periods periods;

	SchedulePeriodDelegate(Periods periods) {
		this.periods = periods;
	}

	@Override
	public void execute(DelegateExecution execution) {
		periods.schedule(execution.getProcessBusinessKey(),
				WorkKind.valueOf(DiagramProperties.required(execution, WORK_KIND)));
	}

}
