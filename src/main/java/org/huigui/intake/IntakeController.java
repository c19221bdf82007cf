package org.huigui.intake;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.huigui.system.InputRejected;
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

	static final Set<String> FIELDS = Set.of("personName", "idNumber", "gender", "correctionType", "officeCode",
			"decisionOrgan", "judgmentEffectiveOn", "termStart", "termEnd");

	private final IntakeStart intakeStart;

	IntakeController(IntakeStart intakeStart) {
		this.intakeStart = intakeStart;
	}

	@PostMapping("/api/intakes")
	ResponseEntity<Map<String, String>> start(@RequestBody Map<String, Object> body) {
		Map<String, Object> variables = new HashMap<>();
		for (Map.Entry<String, Object> entry : body.entrySet()) {
			if (!FIELDS.contains(entry.getKey())) {
				throw new InputRejected(entry.getKey(), "不是接收登记的字段，可用字段：" + FIELDS);
			}
			if (entry.getValue() != null && !(entry.getValue() instanceof String)) {
				throw new InputRejected(entry.getKey(), "须为文本（日期为 yyyy-MM-dd）");
			}
			variables.put(entry.getKey(), entry.getValue());
		}
		ProcessInstance instance = intakeStart.submit(variables);
		return ResponseEntity.created(URI.create("/api/cases/" + instance.getBusinessKey()))
			.body(Map.of("caseNumber", instance.getBusinessKey(), "processInstanceId", instance.getId()));
	}

}
