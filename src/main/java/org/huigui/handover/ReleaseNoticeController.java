package org.huigui.handover;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.huigui.system.ApiError;
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
@Tag(name = "刑满释放衔接 Handover")
class ReleaseNoticeController {

	static final String PROCESS_KEY = "prison-handover";

	private final StartForms startForms;

	private final ReleaseNotices notices;

	ReleaseNoticeController(StartForms startForms, ReleaseNotices notices) {
		this.startForms = startForms;
		this.notices = notices;
	}

	record ReleaseNoticeAnswer(String reference, boolean duplicate, String linkedCaseNumber, String message) {
	}

	@Operation(summary = "接收刑满释放人员通知书，开始衔接")
	@ApiResponse(responseCode = "201", description = "已登记，衔接开始")
	@ApiResponse(responseCode = "200", description = "同一通知此前已收到：答复此前的编号，不重复登记")
	@ApiResponse(responseCode = "400", description = "有字段不合规则：field 指出字段，message 说明规则；未登记任何内容",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
	@PostMapping("/api/release-notices")
	ResponseEntity<ReleaseNoticeAnswer> receive(@RequestBody ReleaseNoticeRequest request) {
		Optional<ReleaseNotice> earlier = duplicate(request);
		if (earlier.isPresent()) {
			return ResponseEntity.ok(answer(earlier.get(), true,
					"该刑满释放通知已于 " + earlier.get().getReceivedOn() + " 收到，未重复登记"));
		}
		ProcessInstance handover = startForms.submitJson(PROCESS_KEY, request);
		ReleaseNotice notice = notices.get(handover.getBusinessKey());
		return ResponseEntity.created(URI.create("/api/release-notices/" + notice.getReference()))
			.body(answer(notice, false, notice.getLinkedCaseNumber() == null ? "已登记，开始衔接"
					: "已登记，关联帮教中的案件 " + notice.getLinkedCaseNumber()));
	}

	private Optional<ReleaseNotice> duplicate(ReleaseNoticeRequest request) {
		if (!(request.idNumber() instanceof String idNumber) || !(request.releaseDate() instanceof String date)) {
			return Optional.empty();
		}
		try {
			return notices.duplicateOf(idNumber.strip().toUpperCase(), LocalDate.parse(date.strip()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static ReleaseNoticeAnswer answer(ReleaseNotice notice, boolean duplicate, String message) {
		return new ReleaseNoticeAnswer(notice.getReference(), duplicate, notice.getLinkedCaseNumber(), message);
	}

}
