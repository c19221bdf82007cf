package org.huigui.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.huigui.aftercare.AssistanceStatistics.AssistanceFigures;
import org.huigui.handover.HandoverStatistics.HandoverFigures;

/**
 * The figures of 安置帮教工作汇报 for some offices and a year, counted up to {@code asOf} (the year's end,
 * or today for the current year). Rates are percentages, null where nothing was there to count.
 */
record AssistanceReport(List<String> offices, int year, LocalDate asOf, int subjectsOnRegister, int keySubjects,
		int noticesDue, int handedOver, BigDecimal handoverRate, int overdueHandovers, int resettled,
		BigDecimal resettlementRate, int assisted, BigDecimal assistanceRate, int reoffended, int releasedFromAssistance,
		Targets targets) {

	/** What an office reports against: resettlement at least 90 %, assistance 100 %, no re-offending. */
	record Targets(boolean resettlementMet, boolean assistanceMet, boolean noReoffendingMet) {
	}

	static final BigDecimal RESETTLEMENT_TARGET = BigDecimal.valueOf(90);

	static final BigDecimal ASSISTANCE_TARGET = BigDecimal.valueOf(100);

	static AssistanceReport of(List<String> offices, int year, LocalDate asOf, HandoverFigures handover,
			AssistanceFigures assistance) {
		BigDecimal resettlementRate = rate(assistance.resettled(), assistance.onRegister());
		BigDecimal assistanceRate = rate(assistance.assisted(), assistance.onRegister());
		return new AssistanceReport(offices, year, asOf, assistance.onRegister(), assistance.keySubjects(),
				handover.noticesDue(), handover.handedOver(), rate(handover.handedOver(), handover.noticesDue()),
				handover.overdue(), assistance.resettled(), resettlementRate, assistance.assisted(), assistanceRate,
				assistance.reoffended(), assistance.released(),
				new Targets(resettlementRate == null || resettlementRate.compareTo(RESETTLEMENT_TARGET) >= 0,
						assistanceRate == null || assistanceRate.compareTo(ASSISTANCE_TARGET) >= 0,
						assistance.reoffended() == 0));
	}

	private static BigDecimal rate(int part, int whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
