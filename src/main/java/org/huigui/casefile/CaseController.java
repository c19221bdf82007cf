package org.huigui.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caseworker's "one file per person" view: a search of the cases of the offices the user may see, and one case
 * with its documents, group and timeline. Lists show ID numbers masked.
 */
@RestController
@Tag(name = "案件 Cases")
@RequestMapping("/api/cases")
class CaseController {

	private final CaseFiles caseFiles;

	private final Timeline timeline;

	private final CaseSearch caseSearch;

	private final VisibleCases visibleCases;

	private final ObjectProvider<CaseSection> sections;

	CaseController(CaseFiles caseFiles, Timeline timeline, CaseSearch caseSearch, VisibleCases visibleCases,
			ObjectProvider<CaseSection> sections) {
		this.caseFiles = caseFiles;
		this.timeline = timeline;
		this.caseSearch = caseSearch;
		this.visibleCases = visibleCases;
		this.sections = sections;
	}

	record CaseSummary(String caseNumber, String caseType, String personName, String idNumber, String officeCode,
			String status, String statusLabel, LocalDate termStart, LocalDate termEnd, String grade) {

		static CaseSummary of(CaseFile c) {
			return new CaseSummary(c.getCaseNumber(), c.getCaseType().name(), c.getPerson().getName(),
					ResidentIdNumber.masked(c.getPerson().getIdNumber()), c.getOfficeCode(), c.getStatus().name(),
					c.getStatus().label(), c.getTermStart(), c.getTermEnd(), c.getGrade() == null ? null : c.getGrade().name());
		}

	}

	record PersonView(String name, String gender, String idNumber, String phone, String address) {
	}

	record DocumentView(String kind, String label, LocalDate signedOn, String recordedBy) {
	}

	record MemberView(String role, String name, boolean female) {
	}

	record EventView(Instant occurredAt, String kind, String summary, String detail, String user) {
	}

	record CaseDetail(String caseNumber, String caseType, String officeCode, String status, String statusLabel,
			PersonView person, String correctionType, String decisionOrgan, LocalDate judgmentEffectiveOn,
			LocalDate termStart, LocalDate termEnd, String grade, LocalDate gradeReviewOn, String processInstanceId,
			LocalDate closedOn, String closedReason, List<DocumentView> documents,
			List<MemberView> correctionGroup, Map<String, Object> sections, List<EventView> timeline) {
	}

	/** One page of a case search, {@code total} counting every page's cases. */
	record CaseList(List<CaseSummary> items, int page, int size, long total) {
	}

	@Operation(summary = "查找案件：可见司法所的案件，按页返回，默认最新立案在前")
	@GetMapping
	CaseList list(@Parameter(description = "司法所代码；不填为所有可查看的司法所") @RequestParam(required = false) String office,
			@Parameter(description = "案件编号或其一部分、姓名的一部分，或列表显示的身份证号码（如 330226********0019）")
			@RequestParam(required = false) String q,
			@Parameter(description = "INTAKE、UNDER_SUPERVISION、UNDER_ASSISTANCE、CLOSED") @RequestParam(required = false) String status,
			@Parameter(description = "COMMUNITY_CORRECTION、RESETTLEMENT_ASSISTANCE") @RequestParam(required = false) String type,
			@Parameter(description = "STRICT、ORDINARY、LENIENT") @RequestParam(required = false) String grade,
			@Parameter(description = "页码，从 0 开始") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "每页条数，1 至 100") @RequestParam(defaultValue = "" + CaseQuery.DEFAULT_SIZE) int size,
			@Parameter(description = "openedAt（默认，最新在前）或 caseNumber") @RequestParam(required = false) String sort) {
		Page<CaseFile> found = caseSearch.find(office, CaseQuery.of(q, status, type, grade, page, size, sort));
		return new CaseList(found.map(CaseSummary::of).getContent(), found.getNumber(), found.getSize(),
				found.getTotalElements());
	}

	@Operation(summary = "一个案件：人员、文书、矫正小组、各部分与时间线")
	@GetMapping("/{caseNumber}")
	CaseDetail one(@PathVariable String caseNumber) {
		CaseFile c = visibleCases.get(caseNumber);
		Person p = c.getPerson();
		return new CaseDetail(c.getCaseNumber(), c.getCaseType().name(), c.getOfficeCode(), c.getStatus().name(),
				c.getStatus().label(),
				new PersonView(p.getName(), p.getGender().name(), p.getIdNumber(), p.getPhone(), p.getAddress()),
				c.getCorrectionType() == null ? null : c.getCorrectionType().name(), c.getDecisionOrgan(),
				c.getJudgmentEffectiveOn(), c.getTermStart(), c.getTermEnd(), c.getGrade() == null ? null : c.getGrade().name(),
				c.getGradeReviewOn(), c.getProcessInstanceId(), c.getClosedOn(), c.getClosedReason(),
				caseFiles.documentsOf(caseNumber).stream()
					.map(d -> new DocumentView(d.getKind().name(), d.getKind().label(), d.getSignedOn(), d.getRecordedBy()))
					.toList(),
				caseFiles.groupOf(caseNumber).stream().map(m -> new MemberView(m.getRole(), m.getName(), m.isFemale())).toList(),
				sectionsOf(caseNumber),
				timeline.of(caseNumber).stream()
					.map(e -> new EventView(e.getOccurredAt(), e.getKind(), e.getSummary(), e.getDetail(), e.getUserId()))
					.toList());
	}

	private Map<String, Object> sectionsOf(String caseNumber) {
		Map<String, Object> found = new LinkedHashMap<>();
		sections.orderedStream().forEach(section -> section.of(caseNumber).ifPresent(part -> found.put(section.name(), part)));
		return found;
	}

}
