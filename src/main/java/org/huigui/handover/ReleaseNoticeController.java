package org.huigui.handover;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.huigui.system.StartForms;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/release-notices}: a prison's release notice starts the handover; 201 with the
 * handover's reference, 200 with the earlier reference when the same notice comes again (nothing new
 * starts), or 400 naming the field and the rule.
 */
@RestController
class ReleaseNoticeController {

	static final String PROCESS_KEY = "prison-handover";

	static final Set<String> FIELDS = Set.of("prisonerNumber", "personName", "idNumber", "gender", "releaseDate",
			"prisonName", "offence", "offenceType", "sentence", "prisonAssessment", "officeCode");

	private final StartForms startForms;

	private final ReleaseNotices notices;

	ReleaseNoticeController(StartForms startForms, ReleaseNotices notices) {
		this.startForms = startForms;
		this.notices = notices;
	}

	@PostMapping("/api/release-notices")
	ResponseEntity<Map<String, Object>> receive(@RequestBody Map<String, Object> body) {
		Optional<ReleaseNotice> earlier = duplicate(body);
		if (earlier.isPresent()) {
			return ResponseEntity.ok(answer(earlier.get(), true,
					"该刑满释放通知已于 " + earlier.get().getReceivedOn() + " 收到，未重复登记"));
		}
		ProcessInstance handover = startForms.submitJson(PROCESS_KEY, body, FIELDS);
		ReleaseNotice notice = notices.get(handover.getBusinessKey());
		return ResponseEntity.created(URI.create("/api/release-notices/" + notice.getReference()))
			.body(answer(notice, false, notice.getLinkedCaseNumber() == null ? "已登记，开始衔接"
					: "已登记，关联帮教中的案件 " + notice.getLinkedCaseNumber()));
	}

	private Optional<ReleaseNotice> duplicate(Map<String, Object> body) {
		if (!(body.get("idNumber") instanceof String idNumber) || !(body.get("releaseDate") instanceof String date)) {
			return Optional.empty();
		}
		try {
			return notices.duplicateOf(idNumber.strip().toUpperCase(), LocalDate.parse(date.strip()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static Map<String, Object> answer(ReleaseNotice notice, boolean duplicate, String message) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("reference", notice.getReference());
		answer.put("duplicate", duplicate);
		answer.put("linkedCaseNumber", notice.getLinkedCaseNumber());
		answer.put("message", message);
		return answer;
	}

}
