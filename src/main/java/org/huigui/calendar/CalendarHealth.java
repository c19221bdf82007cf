package org.huigui.calendar;

import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes missing holiday data visible: a warning at start-up and in the health details when this year
 * or next has no schedule, or when a deadline was computed in a year without one. The application stays
 * UP: deadlines are still computed, Monday to Friday.
 */
@Component("calendarHealthIndicator")
class CalendarHealth implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(CalendarHealth.class);

	private final HolidaySchedules schedules;

	private final WorkingDayCalendar calendar;

	CalendarHealth(HolidaySchedules schedules, WorkingDayCalendar calendar) {
		this.schedules = schedules;
		this.calendar = calendar;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnAtStartUp() {
		Set<Integer> missing = missingYears();
		if (!missing.isEmpty()) {
			log.warn("No holiday schedule for {}: deadlines there count Monday to Friday only. Add YYYY.json to {}",
					missing, schedules.directory().toAbsolutePath());
		}
	}

	@Override
	public Health health() {
		Set<Integer> missing = missingYears();
		Health.Builder health = Health.up().withDetail("yearsWithHolidayData", schedules.years())
			.withDetail("directory", schedules.directory().toAbsolutePath().toString());
		if (!missing.isEmpty()) {
			health.withDetail("warning", "没有节假日安排的年份按周一至周五计算工作日：" + missing)
				.withDetail("yearsWithoutHolidayData", missing);
		}
		return health.build();
	}

	private Set<Integer> missingYears() {
		int thisYear = Year.now(WorkingDayCalendar.ZONE).getValue();
		Set<Integer> missing = new TreeSet<>(calendar.yearsUsedWithoutData());
		for (int year : List.of(thisYear, thisYear + 1)) {
			if (!calendar.hasData(year)) {
				missing.add(year);
			}
		}
		return missing;
	}

}
