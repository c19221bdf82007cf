package org.huigui.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huigui.aftercare.AssistanceStatistics;
import org.huigui.handover.HandoverStatistics;
import org.huigui.identity.Offices;
import org.huigui.system.CurrentUser;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code GET /api/reports/assistance?office=&year=}: the office's resettlement-assistance figures as
 * JSON, or as a plain page for a browser (the office head's view). Without {@code office}: every office
 * the user may see, together.
 */
@RestController
@Tag(name = "统计报表 Reports")
@RequestMapping("/api/reports/assistance")
class AssistanceReportController {

	private static final int FIRST_YEAR = 2000;

	private final HandoverStatistics handovers;

	private final AssistanceStatistics assistance;

	private final Offices offices;

	private final CurrentUser currentUser;

	AssistanceReportController(HandoverStatistics handovers, AssistanceStatistics assistance, Offices offices,
			CurrentUser currentUser) {
		this.handovers = handovers;
		this.assistance = assistance;
		this.offices = offices;
		this.currentUser = currentUser;
	}

	@Operation(summary = "安置帮教工作统计（JSON，或浏览器中的页面）")
	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	AssistanceReport json(@RequestParam(required = false) String office, @RequestParam(required = false) Integer year) {
		List<String> codes = officesFor(office);
		int reportYear = year == null ? Fields.today().getYear() : year;
		if (reportYear < FIRST_YEAR || reportYear > Fields.today().getYear()) {
			throw new InputRejected("year", "须为 " + FIRST_YEAR + " 年至今年之间的年份（收到 " + reportYear + "）");
		}
		LocalDate from = LocalDate.of(reportYear, 1, 1);
		LocalDate yearEnd = LocalDate.of(reportYear, 12, 31);
		LocalDate asOf = Fields.today().isBefore(yearEnd) ? Fields.today() : yearEnd;
		return AssistanceReport.of(codes, reportYear, asOf, handovers.figures(codes, from, asOf),
				assistance.figures(codes, from, asOf));
	}

	@GetMapping(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(@RequestParam(required = false) String office, @RequestParam(required = false) Integer year) {
		AssistanceReport report = json(office, year);
		Map<String, String> choices = new LinkedHashMap<>();
		officesFor(null).forEach(code -> choices.put(code, nameOf(code)));
		return AssistanceReportPage.of(report, report.offices().stream().map(this::nameOf).toList(), choices, office,
				FIRST_YEAR, Fields.today().getYear());
	}

	private String nameOf(String officeCode) {
		return offices.find(officeCode).map(o -> o.getName()).orElse(officeCode);
	}

	private List<String> officesFor(String office) {
		Set<String> visible = offices.visibleTo(currentUser.id());
		if (office == null) {
			return visible.stream().sorted().toList();
		}
		if (!visible.contains(office)) {
			throw new InputRejected("office", "无权查看该司法所，或司法所代码不存在（" + office + "）");
		}
		return List.of(office);
	}

}
