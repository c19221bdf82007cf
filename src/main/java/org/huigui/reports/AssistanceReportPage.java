package org.huigui.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.web.servlet.ModelAndView;

/**
 * The report as a plain page an office head can open, print or copy into the yearly summary
 * ({@code templates/reports/assistance.html}).
 */
final class AssistanceReportPage {

	private AssistanceReportPage() {
	}

	/**
	 * The report, with the choices of another office the user may see ({@code officeChoices}, code to name;
	 * {@code office} the chosen one, none for all) and of another year from {@code firstYear} to {@code thisYear}.
	 */
	static ModelAndView of(AssistanceReport report, List<String> officeNames, Map<String, String> officeChoices,
			String office, int firstYear, int thisYear) {
		ModelAndView page = new ModelAndView("reports/assistance");
		page.addObject("officeChoices", officeChoices);
		page.addObject("office", office);
		page.addObject("years", IntStream.rangeClosed(firstYear, thisYear).map(y -> thisYear + firstYear - y).boxed().toList());
		page.addObject("report", report);
		page.addObject("offices", String.join("、", officeNames));
		page.addObject("handoverRate", Rate.of(report.handoverRate(), true));
		page.addObject("resettlementRate", Rate.of(report.resettlementRate(), report.targets().resettlementMet()));
		page.addObject("assistanceRate", Rate.of(report.assistanceRate(), report.targets().assistanceMet()));
		return page;
	}

	/** A rate as shown: the percentage marked {@code ok} or {@code bad} by its target; a dash where nothing was counted. */
	record Rate(String text, String mark) {

		static Rate of(BigDecimal rate, boolean met) {
			return rate == null ? new Rate("—", null) : new Rate(rate.toPlainString() + "%", met ? "ok" : "bad");
		}

	}

}
