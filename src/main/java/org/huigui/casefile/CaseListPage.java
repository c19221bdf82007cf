package org.huigui.casefile;

import java.time.LocalDate;
import java.time.ZoneId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.huigui.identity.Office;
import org.huigui.identity.Offices;
import org.huigui.system.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The case list (案件列表) as a page for staff ({@code templates/casefile/cases.html}): the cases of their offices,
 * searched and filtered as {@code GET /api/cases} does, ID numbers masked, each row linking to its case page.
 */
@Controller
class CaseListPage {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final CaseSearch caseSearch;

	private final Offices offices;

	private final CurrentUser currentUser;

	CaseListPage(CaseSearch caseSearch, Offices offices, CurrentUser currentUser) {
		this.caseSearch = caseSearch;
		this.offices = offices;
		this.currentUser = currentUser;
	}

	/** A row of the list, with what the page shows instead of the codes. */
	record Row(String caseNumber, String personName, String idNumber, String type, String office, String status,
			String grade, String openedOn) {
	}

	@GetMapping(path = "/cases", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) String type, @RequestParam(required = false) String grade,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + CaseQuery.DEFAULT_SIZE) int size) {
		CaseQuery query = CaseQuery.of(q, status, type, grade, page, size, null);
		Page<CaseFile> found = caseSearch.find(null, query);
		Map<String, String> officeNames = offices.visibleTo(currentUser.id()).stream()
			.collect(Collectors.toMap(code -> code, code -> offices.find(code).map(Office::getName).orElse(code),
					(a, b) -> a, TreeMap::new));
		ModelAndView list = new ModelAndView("casefile/cases");
		list.addObject("query", query);
		list.addObject("found", found);
		list.addObject("rows", found.map(c -> row(c, officeNames)).getContent());
		list.addObject("offices", String.join("、", officeNames.values()));
		list.addObject("statuses", CaseStatus.values());
		list.addObject("types", CaseType.values());
		list.addObject("grades", Grade.values());
		list.addObject("previous", found.hasPrevious() ? link(query, page - 1) : null);
		list.addObject("next", found.hasNext() ? link(query, page + 1) : null);
		return list;
	}

	/** The same search on another page. */
	private static String link(CaseQuery query, int page) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("q", query.text());
		parameters.put("status", query.status());
		parameters.put("type", query.type());
		parameters.put("grade", query.grade());
		parameters.put("size", query.size() == CaseQuery.DEFAULT_SIZE ? null : query.size());
		parameters.put("page", page);
		return "/cases?" + parameters.entrySet().stream().filter(p -> p.getValue() != null)
			.map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue().toString(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static Row row(CaseFile c, Map<String, String> officeNames) {
		return new Row(c.getCaseNumber(), c.getPerson().getName(), ResidentIdNumber.masked(c.getPerson().getIdNumber()),
				c.getCaseType().label(), officeNames.getOrDefault(c.getOfficeCode(), c.getOfficeCode()),
				c.getStatus().label(), c.getGrade() == null ? "" : c.getGrade().label(),
				c.getOpenedAt() == null ? "" : LocalDate.ofInstant(c.getOpenedAt(), SHANGHAI).toString());
	}

}
