package org.huigui.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Deadlines for diagrams, as {@code ${deadlines.workingDays(reportedOn, 7)}} in a due date or timer.
 * Dates come as Camunda Forms submit them, {@code yyyy-MM-dd} strings; the result is the end of the
 * last day in Asia/Shanghai.
 */
@Component("deadlines")
public class Deadlines {

	private final WorkingDayCalendar calendar;

	Deadlines(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	public Date workingDays(Object start, int workingDays) {
		return toDate(calendar.addWorkingDays(day(start), workingDays).date());
	}

	/** For a task created by an escalation: so many working days from the moment it is created. */
	public Date workingDaysFromToday(int workingDays) {
		return workingDays(ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate(), workingDays);
	}

	/** The first moment of the day: for a timer that fires as a period is over, e.g. five years after release. */
	public Date startOf(Object day) {
		return Date.from(day(day).atStartOfDay(WorkingDayCalendar.ZONE).toInstant());
	}

	public Date calendarDays(Object start, int days) {
		return toDate(day(start).plusDays(days));
	}

	private static Date toDate(LocalDate last) {
		return Date.from(WorkingDayCalendar.endOf(last).toInstant());
	}

	private static LocalDate day(Object value) {
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof Date date) {
			return date.toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
		}
		try {
			return LocalDate.parse(String.valueOf(value));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("a deadline needs a yyyy-MM-dd start date, got " + value);
		}
	}

}
