package org.huigui.aftercare;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 安排季度考察: the review is due at the end of its calendar quarter. */
@Component("scheduleReview")
class ScheduleReviewDelegate implements JavaDelegate {

	private final Visits visits;

	ScheduleReviewDelegate(Visits visits) {
		this.visits = visits;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LocalDate quarterEnd = visits.scheduleReview(execution.getProcessBusinessKey());
		execution.setVariable("reviewDue", quarterEnd.toString());
		execution.setVariable("reviewQuarter", Quarters.label(quarterEnd));
	}

}
