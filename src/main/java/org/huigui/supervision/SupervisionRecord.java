package org.huigui.supervision;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.huigui.calendar.Deadlines;
import org.springframework.stereotype.Component;

/**
 * What the supervision diagram's due dates, timers and task labels read, from the record of the case its instance is
 * keyed by: {@code ${supervisionRecord.periodDue(execution, 'REPORT')}} is the end of the open reporting period's
 * last day.
 */
@Component("supervisionRecord")
public class SupervisionRecord {

	private final Periods periods;

	private final CheckIns checkIns;

	private final Months months;

	private final Deadlines deadlines;

	private final SupervisionProperties properties;

	SupervisionRecord(Periods periods, CheckIns checkIns, Months months, Deadlines deadlines,
			SupervisionProperties properties) {
		this.periods = periods;
		this.checkIns = checkIns;
		this.months = months;
		this.deadlines = deadlines;
		this.properties = properties;
	}

	public Date periodDue(DelegateExecution execution, String kind) {
		return deadlines.calendarDays(period(execution, kind).getPeriodEnd(), 0);
	}

	/** 2026-03-10 至 2026-03-16（严管：每周一次） */
	public String periodLabel(DelegateExecution execution, String kind) {
		SupervisionPeriod period = period(execution, kind);
		return "%s（%s：%s）".formatted(period.label(), period.getGrade().label(), period.rhythm());
	}

	/** 到所报到 2026-03-10 至 2026-03-16 */
	public String missedWork(DelegateExecution execution, String kind) {
		SupervisionPeriod period = period(execution, kind);
		return period.getKind().label() + " " + period.label();
	}

	public Date checkInsDue(DelegateExecution execution) {
		return checkIns.due(execution.getProcessBusinessKey());
	}

	/** The first moment after the month to be assessed next. */
	public Date monthEnds(DelegateExecution execution) {
		return deadlines.startOf(months.nextMonthEnd(execution.getProcessBusinessKey()).plusDays(1));
	}

	/** The month being assessed is due so many working days after it ended. */
	public Date assessmentDue(DelegateExecution execution) {
		return deadlines.workingDays(months.open(execution.getProcessBusinessKey()).getMonthEnd(),
				properties.assessmentWorkingDays());
	}

	private SupervisionPeriod period(DelegateExecution execution, String kind) {
		return periods.current(execution.getProcessBusinessKey(), WorkKind.valueOf(kind));
	}

}
