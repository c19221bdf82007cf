package org.huigui.supervision;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import org.huigui.casefile.Grade;
import org.springframework.stereotype.Component;

/** The rhythm a grade asks, read from {@code supervision-rhythm.dmn} each time a period starts. */
@Component
class SupervisionRhythm {

	private static final Map<WorkKind, String> OUTPUTS = Map.of(WorkKind.REPORT, "reportEvery", WorkKind.WRITTEN_REPORT,
			"writtenReportEvery", WorkKind.TALK, "talkEvery", WorkKind.HOME_VISIT, "homeVisitEvery");

	private final Decisions decisions;

	SupervisionRhythm(Decisions decisions) {
		this.decisions = decisions;
	}

	Rhythm of(Grade grade) {
		Map<String, Object> row = decisions.one(Decisions.RHYTHM, Map.of("grade", grade.name()));
		Map<WorkKind, Period> every = new EnumMap<>(WorkKind.class);
		OUTPUTS.forEach((kind, output) -> every.put(kind, period(row, output)));
		return new Rhythm(grade, every, hours(row, "studyHours"), hours(row, "activityHours"));
	}

	private static Period period(Map<String, Object> row, String output) {
		Object value = row.get(output);
		try {
			Period period = Period.parse(String.valueOf(value));
			if (period.isNegative() || period.isZero()) {
				throw new DateTimeParseException("not a positive period", String.valueOf(value), 0);
			}
			return period;
		}
		catch (DateTimeParseException ex) {
			throw new IllegalStateException(Decisions.RHYTHM + ": " + output + " must be an ISO-8601 period such as P1W"
					+ " or P1M, got " + value, ex);
		}
	}

	private static int hours(Map<String, Object> row, String output) {
		return row.get(output) instanceof Number number ? number.intValue() : 0;
	}

}
