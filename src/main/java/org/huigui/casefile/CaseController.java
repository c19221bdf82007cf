package org.huigui.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huigui.identity.Offices;
import org.huigui.system.CurrentUser;
import org.huigui.system.InputRejected;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caseworker's "one file per person" view: cases of the offices the user may see, and one case
 * with its documents, group and timeline. Lists show ID numbers masked.
 */
@RestController
@Tag(name = "案件 Cases")
@RequestMapping("/api/cases")
class CaseController {

	private final CaseFiles caseFiles;

	private final Timeline timeline;

	private final Offices offices;

	private final CurrentUser currentUser;

	private final VisibleCases visibleCases;

	private final ObjectProvider<CaseSection> sections;

	CaseController(CaseFiles caseFiles, Timeline timeline, Offices offices, CurrentUser currentUser,
			VisibleCases visibleCases, ObjectProvider<CaseSection> sections) {
		this.caseFiles = caseFiles;
		this.timeline = timeline;
		this.offices = offices;
		this.currentUser = currentUser;
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

	@Operation(summary = "可见的案件列表")
	@GetMapping
	List<CaseSummary> list(@RequestParam(required = false) String office, @RequestParam(required = false) String status) {
		Set<String> visible = offices.visibleTo(currentUser.id());
		if (office != null && !visible.contains(office)) {
			throw new InputRejected("office", "无权查看该司法所的案件，或司法所代码不存在（" + office + "）");
		}
		CaseStatus wanted = status == null ? null : statusOf(status);
		return caseFiles.ofOffices(office == null ? visible : Set.of(office), wanted).stream()
			.map(CaseSummary::of).toList();
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

	private static CaseStatus statusOf(String status) {
		try {
			return CaseStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			throw new InputRejected("status", "不是可选的值（" + status + "），可选：" + Arrays.toString(CaseStatus.values()));
		}
	}

}
