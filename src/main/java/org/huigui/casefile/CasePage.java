package org.huigui.casefile;

import static org.huigui.casefile.CaseSection.Page.row;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.huigui.identity.Office;
import org.huigui.identity.Offices;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The case file (卷宗) as a page to read in the browser ({@code templates/casefile/case.html}): the person with
 * the full ID number, the sentence, the features' sections, signed documents, correction group and the timeline.
 * Same access rule as {@code /api/cases/{caseNumber}}.
 */
@Controller
class CasePage {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final VisibleCases visibleCases;

	private final CaseFiles caseFiles;

	private final Timeline timeline;

	private final Offices offices;

	private final ObjectProvider<CaseSection> sections;

	CasePage(VisibleCases visibleCases, CaseFiles caseFiles, Timeline timeline, Offices offices,
			ObjectProvider<CaseSection> sections) {
		this.visibleCases = visibleCases;
		this.caseFiles = caseFiles;
		this.timeline = timeline;
		this.offices = offices;
		this.sections = sections;
	}

	@GetMapping(path = "/cases/{caseNumber}", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView show(@PathVariable String caseNumber) {
		CaseFile c;
		try {
			c = visibleCases.get(caseNumber);
		}
		catch (NotFoundException ex) {
			ModelAndView missing = new ModelAndView("casefile/case-not-found", "caseNumber", caseNumber);
			missing.setStatus(HttpStatus.NOT_FOUND);
			return missing;
		}
		boolean correction = c.getCaseType() == CaseType.COMMUNITY_CORRECTION;
		ModelAndView page = new ModelAndView("casefile/case");
		page.addObject("caseFile", c);
		page.addObject("person", c.getPerson());
		page.addObject("office", offices.find(c.getOfficeCode()).map(Office::getName).orElse(c.getOfficeCode()));
		page.addObject("correction", correction);
		page.addObject("sections", sectionsOf(c.getCaseNumber(), correction));
		return page;
	}

	/** After the person and the sentence: the features' sections, then the documents, the group and the timeline. */
	private List<CaseSection.Page> sectionsOf(String caseNumber, boolean correction) {
		List<CaseSection.Page> pages = new ArrayList<>();
		sections.orderedStream().forEach(part -> part.page(caseNumber).ifPresent(pages::add));
		pages.add(table("已签订文书", List.of("文书", "签订日期", "登记人"), caseFiles.documentsOf(caseNumber).stream()
			.map(d -> row(d.getKind().label(), date(d.getSignedOn()), d.getRecordedBy())).toList()));
		if (correction) {
			pages.add(table("矫正小组", List.of("职责", "姓名"), caseFiles.groupOf(caseNumber).stream()
				.map(m -> row(m.getRole(), m.getName() + (m.isFemale() ? "（女）" : ""))).toList()));
		}
		pages.add(table("办理记录", List.of("时间", "事项", "详情", "办理人"), timeline.of(caseNumber).stream()
			.map(e -> row(time(e.getOccurredAt()), e.getSummary(), e.getDetail(), e.getUserId())).toList()));
		return pages;
	}

	private static CaseSection.Page table(String heading, List<String> columns, List<List<String>> rows) {
		return new CaseSection.Page(heading, Map.of(), columns, rows);
	}

	private static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	private static String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant);
	}

}
