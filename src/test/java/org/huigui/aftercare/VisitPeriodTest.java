package org.huigui.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisitPeriodTest {

	@ParameterizedTest(name = "{0} + {1} months ends {2}, next ends {3}")
	@CsvSource({ "2026-03-02, 1, 2026-04-01, 2026-05-01", "2026-03-02, 3, 2026-06-01, 2026-09-01",
			"2026-01-31, 1, 2026-02-27, 2026-03-27", "2026-12-15, 1, 2027-01-14, 2027-02-14" })
	void periodsFollowEachOtherWithoutGaps(LocalDate start, int months, LocalDate end, LocalDate nextEnd) {
		VisitPeriod period = VisitPeriod.starting(start, months);
		assertThat(period.end()).isEqualTo(end);
		assertThat(period.next(months).start()).isEqualTo(end.plusDays(1));
		assertThat(period.next(months).end()).isEqualTo(nextEnd);
	}

	@ParameterizedTest(name = "{0} is in the quarter ending {1}")
	@CsvSource({ "2026-01-01, 2026-03-31", "2026-03-31, 2026-03-31", "2026-04-01, 2026-06-30", "2026-08-15, 2026-09-30",
			"2026-12-31, 2026-12-31" })
	void quarters(LocalDate day, LocalDate quarterEnd) {
		assertThat(Quarters.endOf(day)).isEqualTo(quarterEnd);
	}

	@ParameterizedTest
	@CsvSource({ "2026-03-31, 2026年第1季度", "2026-12-31, 2026年第4季度" })
	void quarterLabels(LocalDate quarterEnd, String label) {
		assertThat(Quarters.label(quarterEnd)).isEqualTo(label);
	}

}
