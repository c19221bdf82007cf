package org.huigui.aftercare;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Calendar quarters, for the quarterly written review (季度考察). */
final class Quarters {

	private Quarters() {
	}

	static LocalDate endOf(LocalDate day) {
		int lastMonth = ((day.getMonthValue() - 1) / 3) * 3 + 3;
		return day.withDayOfMonth(1).withMonth(lastMonth).with(TemporalAdjusters.lastDayOfMonth());
	}

	static String label(LocalDate quarterEnd) {
		return quarterEnd.getYear() + "年第" + ((quarterEnd.getMonthValue() + 2) / 3) + "季度";
	}

}
