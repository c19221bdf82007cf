package org.huigui.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.huigui.system.ApiError;
import org.huigui.system.StartForms;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/intakes}: other systems start an intake with the start form's fields as plain JSON
 * strings; 201 with the case number, or 400 naming the field and the rule, with nothing created.
 */
@RestController
@Tag(name = "入矫 Intake")
class IntakeController {

	static final String PROCESS_KEY = "intake";

	private final StartForms startForms;

	IntakeController(StartForms startForms) {
		this.startForms = startForms;
	}

	record IntakeStarted(String caseNumber, String processInstanceId) {
	}

	@Operation(summary = "开始入矫：收到法律文书，登记案件")
	@ApiResponse(responseCode = "201", description = "已登记，入矫开始")
	@ApiResponse(responseCode = "400", description = "有字段不合规则：field 指出字段，message 说明规则；未登记任何内容",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
	@PostMapping("/api/intakes")
	ResponseEntity<IntakeStarted> start(@RequestBody IntakeRequest request) {
		ProcessInstance instance = startForms.submitJson(PROCESS_KEY, request);
		return ResponseEntity.created(URI.create("/api/cases/" + instance.getBusinessKey()))
			.body(new IntakeStarted(instance.getBusinessKey(), instance.getId()));
	}

}
