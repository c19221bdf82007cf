package org.huigui.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.huigui.system.InputRejected;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/calendar/deadline?from=2026-02-13&workingDays=7}: the deadline, as the diagrams compute it. */
@RestController
@Tag(name = "工作日日历 Calendar")
class CalendarController {

	static final int MAX_WORKING_DAYS = 3650;

	private final WorkingDayCalendar calendar;

	CalendarController(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	record DeadlineAnswer(LocalDate from, int workingDays, LocalDate deadline, OffsetDateTime dueAt,
			boolean holidayDataComplete, Set<Integer> yearsWithoutHolidayData) {
	}

	@Operation(summary = "按工作日计算期限")
	@GetMapping("/api/calendar/deadline")
	DeadlineAnswer deadline(@RequestParam String from, @RequestParam String workingDays) {
		LocalDate start;
		try {
			start = LocalDate.parse(from);
		}
		catch (DateTimeParseException ex) {
			throw new InputRejected("from", "须为 yyyy-MM-dd 格式的日期（收到 " + from + "）");
		}
		int days;
		try {
			days = Integer.parseInt(workingDays);
		}
		catch (NumberFormatException ex) {
			days = -1;
		}
		if (days < 0 || days > MAX_WORKING_DAYS) {
			throw new InputRejected("workingDays", "须为 0 至 " + MAX_WORKING_DAYS + " 之间的整数");
		}
		WorkingDayCalendar.Deadline deadline = calendar.addWorkingDays(start, days);
		return new DeadlineAnswer(start, days, deadline.date(),
				WorkingDayCalendar.endOf(deadline.date()).toOffsetDateTime(), deadline.holidayDataComplete(),
				deadline.yearsWithoutHolidayData());
	}

}
