package org.huigui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The official Chinese working-day calendar (工作日): Monday to Friday, minus public holidays, plus the
 * weekend make-up working days. A year without a schedule falls back to Monday to Friday and is
 * reported as a warning, never silently.
 */
@Service
public class WorkingDayCalendar {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

	private final HolidaySchedules schedules;

	private final Set<Integer> yearsUsedWithoutData = ConcurrentHashMap.newKeySet();

	WorkingDayCalendar(HolidaySchedules schedules) {
		this.schedules = schedules;
	}

	public boolean isWorkingDay(LocalDate date) {
		HolidaySchedule schedule = schedules.forYear(date.getYear());
		if (schedule == null) {
			noteMissing(date.getYear());
			return !isWeekend(date);
		}
		if (schedule.makeUpWorkingDays().contains(date)) {
			return true;
		}
		return !isWeekend(date) && !schedule.holidays().contains(date);
	}

	/**
	 * The last day of a period of working days that starts after {@code start}: the start day itself
	 * is not counted.
	 */
	public Deadline addWorkingDays(LocalDate start, int workingDays) {
		if (workingDays < 0) {
			throw new IllegalArgumentException("workingDays must not be negative");
		}
		Set<Integer> missing = new TreeSet<>();
		LocalDate day = start;
		for (int counted = 0; counted < workingDays;) {
			day = day.plusDays(1);
			if (!hasData(day.getYear())) {
				missing.add(day.getYear());
			}
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return new Deadline(start, workingDays, day, Set.copyOf(missing));
	}

	public boolean hasData(int year) {
		return schedules.forYear(year) != null;
	}

	/** The last moment of a day in Asia/Shanghai: a deadline falls at the end of its last day. */
	public static ZonedDateTime endOf(LocalDate day) {
		return day.atTime(LocalTime.of(23, 59, 59)).atZone(ZONE);
	}

	Set<Integer> yearsUsedWithoutData() {
		return Set.copyOf(yearsUsedWithoutData);
	}

	private void noteMissing(int year) {
		if (yearsUsedWithoutData.add(year)) {
			log.warn("No holiday schedule for {}: working days in {} are counted Monday to Friday only. "
					+ "Add {}/{}.json to correct it.", year, year, schedules.directory(), year);
		}
	}

	private static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	/** A computed deadline, with the years it crossed for which no holiday schedule exists. */
	public record Deadline(LocalDate start, int workingDays, LocalDate date, Set<Integer> yearsWithoutHolidayData) {

		public boolean holidayDataComplete() {
			return yearsWithoutHolidayData.isEmpty();
		}

	}

}
