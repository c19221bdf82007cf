package org.huigui.aftercare;

import java.time.LocalDate;

/** A visit period (走访期): one visit is due by its last day; the next period starts the day after. */
record VisitPeriod(LocalDate start, LocalDate end) {

	static VisitPeriod starting(LocalDate start, int months) {
		return new VisitPeriod(start, start.plusMonths(months).minusDays(1));
	}

	VisitPeriod next(int months) {
		return starting(end.plusDays(1), months);
	}

	String label() {
		return start + " 至 " + end;
	}

}
