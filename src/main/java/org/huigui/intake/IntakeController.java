package org.huigui.intake;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
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

	private final FormService formService;

	private final RepositoryService repositoryService;

	IntakeController(FormService formService, RepositoryService repositoryService) {
		this.formService = formService;
		this.repositoryService = repositoryService;
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
		String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("intake")
			.latestVersion().singleResult().getId();
		ProcessInstance instance = formService.submitStartForm(definitionId, variables);
		return ResponseEntity.created(URI.create("/api/cases/" + instance.getBusinessKey()))
			.body(Map.of("caseNumber", instance.getBusinessKey(), "processInstanceId", instance.getId()));
	}

}
