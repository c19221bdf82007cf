package org.huigui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDayCalendarTest {

	@TempDir
	Path administratorDirectory;

	WorkingDayCalendar calendar;

	@BeforeEach
	void officialSchedules() throws IOException {
		calendar = new WorkingDayCalendar(new HolidaySchedules(administratorDirectory));
	}

	@ParameterizedTest(name = "{2} {0} .. {1}")
	@CsvSource({
			"2025-01-01, 2025-01-01, 元旦 2025",
			"2025-01-28, 2025-02-04, 春节 2025",
			"2025-04-04, 2025-04-06, 清明节 2025",
			"2025-05-01, 2025-05-05, 劳动节 2025",
			"2025-05-31, 2025-06-02, 端午节 2025",
			"2025-10-01, 2025-10-08, 国庆节中秋节 2025",
			"2026-01-01, 2026-01-03, 元旦 2026",
			"2026-02-15, 2026-02-23, 春节 2026",
			"2026-04-04, 2026-04-06, 清明节 2026",
			"2026-05-01, 2026-05-05, 劳动节 2026",
			"2026-06-19, 2026-06-21, 端午节 2026",
			"2026-09-25, 2026-09-27, 中秋节 2026",
			"2026-10-01, 2026-10-07, 国庆节 2026" })
	void noDayOfAHolidayIsAWorkingDay(LocalDate from, LocalDate to, String holiday) {
		assertThat(from.datesUntil(to.plusDays(1))).noneMatch(calendar::isWorkingDay);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11", "2026-01-04",
			"2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10" })
	void aWeekendMakeUpDayIsAWorkingDay(LocalDate makeUpDay) {
		assertThat(makeUpDay.getDayOfWeek().getValue()).isGreaterThanOrEqualTo(6);
		assertThat(calendar.isWorkingDay(makeUpDay)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-03-10", "2025-03-14", "2025-12-31", "2026-03-02", "2026-07-15", "2026-12-31" })
	void anOrdinaryWeekdayIsAWorkingDay(LocalDate weekday) {
		assertThat(calendar.isWorkingDay(weekday)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-03-08", "2025-03-09", "2025-12-28", "2026-03-07", "2026-07-19", "2026-12-27" })
	void anOrdinaryWeekendIsNoWorkingDay(LocalDate weekend) {
		assertThat(calendar.isWorkingDay(weekend)).isFalse();
	}

	@Test
	void sevenWorkingDaysFromTheFridayBeforeSpringFestival2026EndOnTheSecondOfMarch() {
		WorkingDayCalendar.Deadline deadline = calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 7);

		assertThat(deadline.date()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(deadline.start()).isEqualTo(LocalDate.of(2026, 2, 13));
		assertThat(deadline.workingDays()).isEqualTo(7);
		assertThat(deadline.holidayDataComplete()).isTrue();
		assertThat(deadline.yearsWithoutHolidayData()).isEmpty();
	}

	@Test
	void aDeadlineAcrossNationalDay2025FallsAfterTheHoliday() {
		WorkingDayCalendar.Deadline deadline = calendar.addWorkingDays(LocalDate.of(2025, 9, 30), 1);

		assertThat(deadline.date()).isEqualTo(LocalDate.of(2025, 10, 9));
		assertThat(deadline.holidayDataComplete()).isTrue();
	}

	@Test
	void aDeadlineAcrossNationalDay2026FallsAfterTheHoliday() {
		WorkingDayCalendar.Deadline deadline = calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 1);

		assertThat(deadline.date()).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(deadline.holidayDataComplete()).isTrue();
	}

	@Test
	void theStartDayIsNotCounted() {
		LocalDate friday = LocalDate.of(2026, 3, 13);

		assertThat(calendar.addWorkingDays(friday, 1).date()).isEqualTo(LocalDate.of(2026, 3, 16));
		assertThat(calendar.addWorkingDays(friday.minusDays(1), 1).date()).isEqualTo(friday);
	}

	@Test
	void noWorkingDaysEndOnTheStartDay() {
		LocalDate sunday = LocalDate.of(2026, 3, 15);

		WorkingDayCalendar.Deadline deadline = calendar.addWorkingDays(sunday, 0);

		assertThat(deadline.date()).isEqualTo(sunday);
		assertThat(deadline.holidayDataComplete()).isTrue();
	}

	@Test
	void negativeWorkingDaysAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 3, 13), -1));
	}

	@Test
	void aDeadlineInAYearWithoutScheduleCountsMondayToFridayAndSaysSo() {
		WorkingDayCalendar.Deadline deadline = calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 2);

		assertThat(deadline.date()).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(deadline.yearsWithoutHolidayData()).containsExactly(2027);
		assertThat(deadline.holidayDataComplete()).isFalse();
		assertThat(calendar.hasData(2027)).isFalse();
		assertThat(calendar.yearsUsedWithoutData()).contains(2027);
	}

	@Test
	void anAdministratorScheduleIsUsedWithoutRestart() throws IOException {
		LocalDate lastDayOf2026 = LocalDate.of(2026, 12, 31);
		assertThat(calendar.addWorkingDays(lastDayOf2026, 2).date()).isEqualTo(LocalDate.of(2027, 1, 4));

		Files.writeString(administratorDirectory.resolve("2027.json"), """
				{
				  "year": 2027,
				  "source": "测试",
				  "holidays": [ { "from": "2027-01-01", "to": "2027-01-01", "name": "元旦" } ],
				  "makeUpWorkingDays": []
				}
				""");

		WorkingDayCalendar.Deadline deadline = calendar.addWorkingDays(lastDayOf2026, 2);
		assertThat(deadline.date()).isEqualTo(LocalDate.of(2027, 1, 5));
		assertThat(deadline.holidayDataComplete()).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
		assertThat(calendar.hasData(2027)).isTrue();
	}

	@Test
	void anAdministratorScheduleWithDatesOutsideItsYearIsIgnored() throws IOException {
		Files.writeString(administratorDirectory.resolve("2027.json"), """
				{
				  "year": 2027,
				  "source": "测试",
				  "holidays": [ { "from": "2028-01-03", "to": "2028-01-03", "name": "元旦" } ],
				  "makeUpWorkingDays": []
				}
				""");

		WorkingDayCalendar.Deadline deadline = calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 2);

		assertThat(calendar.hasData(2027)).isFalse();
		assertThat(deadline.date()).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(deadline.yearsWithoutHolidayData()).containsExactly(2027);
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
	}

	@Test
	void aDeadlineEndsAtTheLastSecondOfItsDayInShanghai() {
		ZonedDateTime end = WorkingDayCalendar.endOf(LocalDate.of(2026, 3, 2));

		assertThat(end).isEqualTo(ZonedDateTime.of(2026, 3, 2, 23, 59, 59, 0, ZoneId.of("Asia/Shanghai")));
		assertThat(end.getOffset()).isEqualTo(ZoneOffset.ofHours(8));
		assertThat(end.toInstant()).isEqualTo(ZonedDateTime.of(2026, 3, 2, 15, 59, 59, 0, ZoneOffset.UTC).toInstant());
	}

}
