package org.huigui.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 汇总本月表现并计分: the month's record and points, shown on the assessment form. */
@Component("gatherMonth")
class GatherMonthDelegate implements JavaDelegate {

	private final Months months;

	GatherMonthDelegate(Months months) {
		this.months = months;
	}

	@Override
	public void execute(DelegateExecution execution) {
		SupervisionMonth month = months.gather(execution.getProcessBusinessKey());
		execution.setVariable("month", month.label());
		execution.setVariable("monthRecord", month.getRecord());
		execution.setVariable("proposedScore", month.getProposedScore());
		execution.setVariable("proposedRating", month.getProposedRating().name());
		execution.removeVariable("headNote");
	}

}
