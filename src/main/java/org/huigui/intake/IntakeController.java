package org.huigui.intake;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
class IntakeController {

	static final String PROCESS_KEY = "intake";

	static final Set<String> FIELDS = Set.of("personName", "idNumber", "gender", "correctionType", "officeCode",
			"decisionOrgan", "judgmentEffectiveOn", "termStart", "termEnd");

	private final StartForms startForms;

	IntakeController(StartForms startForms) {
		this.startForms = startForms;
	}

	@PostMapping("/api/intakes")
	ResponseEntity<Map<String, String>> start(@RequestBody Map<String, Object> body) {
		ProcessInstance instance = startForms.submitJson(PROCESS_KEY, body, FIELDS);
		return ResponseEntity.created(URI.create("/api/cases/" + instance.getBusinessKey()))
			.body(Map.of("caseNumber", instance.getBusinessKey(), "processInstanceId", instance.getId()));
	}

}
