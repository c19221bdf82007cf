package org.huigui.aftercare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 安排走访: the next visit period, as long as {@code visit-frequency.dmn} says for the category. */
@Component("scheduleVisit")
class ScheduleVisitDelegate implements JavaDelegate {

	private final Visits visits;

	ScheduleVisitDelegate(Visits visits) {
		this.visits = visits;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int months = ((Number) execution.getVariable("visitIntervalMonths")).intValue();
		VisitPeriod period = visits.scheduleVisit(execution.getProcessBusinessKey(), months);
		execution.setVariable("visitDue", period.end().toString());
		execution.setVariable("visitPeriod", period.label());
	}

}
