package org.huigui.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.huigui.system.ApiError;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/check-ins}: a check-in of a supervised subject, from the electronic check-in system or staff;
 * 201, or 400 naming the field and the rule with nothing stored. {@code GET /api/check-ins?caseNumber=} lists a
 * case's latest check-ins. Only cases of the caller's offices.
 */
@RestController
@Tag(name = "信息化核查 Check-ins")
class CheckInController {

	private final CheckIns checkIns;

	CheckInController(CheckIns checkIns) {
		this.checkIns = checkIns;
	}

	record CheckInView(Long id, String caseNumber, String at, String kind, String kindLabel, String place, String result,
			String resultLabel, String recordedBy) {

		static CheckInView of(CheckIn checkIn) {
			return new CheckInView(checkIn.getId(), checkIn.getCaseNumber(), CheckIns.label(checkIn.getCheckedAt()),
					checkIn.getKind().name(), checkIn.getKind().label(), checkIn.getPlace(), checkIn.getResult().name(),
					checkIn.getResult().label(), checkIn.getRecordedBy());
		}

	}

	@Operation(summary = "登记一次信息化核查（打卡、定位或工作人员核查）")
	@ApiResponse(responseCode = "201", description = "已登记；正常的核查顺延“多日无核查”的期限")
	@ApiResponse(responseCode = "400", description = "有字段不合规则：field 指出字段，message 说明规则；未登记任何内容",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
	@PostMapping("/api/check-ins")
	ResponseEntity<CheckInView> record(@RequestBody CheckInRequest request) {
		CheckIn checkIn = checkIns.record(request);
		return ResponseEntity.created(URI.create("/api/check-ins?caseNumber=" + checkIn.getCaseNumber()))
			.body(CheckInView.of(checkIn));
	}

	@Operation(summary = "一个案件最近的信息化核查记录（最多 50 条）")
	@GetMapping("/api/check-ins")
	List<CheckInView> recent(@RequestParam String caseNumber) {
		return checkIns.recent(caseNumber, 50).stream().map(CheckInView::of).toList();
	}

}
