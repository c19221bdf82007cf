package org.huigui.supervision;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.huigui.casefile.Grade;

/**
 * What a grade asks (分类管理要求), as {@code supervision-rhythm.dmn} says: how often each kind of work is due,
 * and the month's minimum hours of study and of public-interest activities.
 */
record Rhythm(Grade grade, Map<WorkKind, Period> every, int studyHours, int activityHours) {

	Period every(WorkKind kind) {
		return every.get(kind);
	}

	/** The period of {@code kind} that starts on {@code start}: it ends the day before the next one starts. */
	LocalDate endOfPeriod(WorkKind kind, LocalDate start) {
		return start.plus(every(kind)).minusDays(1);
	}

	String describe(WorkKind kind) {
		return describe(every(kind));
	}

	/** 每周一次, 每月一次, 每3个月一次 */
	static String describe(Period period) {
		if (period.getDays() == 7 && period.toTotalMonths() == 0) {
			return "每周一次";
		}
		if (period.getDays() == 0 && period.toTotalMonths() == 1) {
			return "每月一次";
		}
		if (period.getDays() == 0) {
			return "每" + period.toTotalMonths() + "个月一次";
		}
		return "每" + period.getDays() + "日一次";
	}

}
