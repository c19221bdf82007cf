package org.huigui.system;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Starts the latest version of a process through its start form, as Tasklist does, so that the form's
 * checks and the start step's rules apply to every caller: Tasklist, {@code /api} and demo data.
 */
@Component
public class StartForms {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final TypeReference<Map<String, Object>> VARIABLES = new TypeReference<>() {
	};

	private final FormService formService;

	private final RepositoryService repositoryService;

	StartForms(FormService formService, RepositoryService repositoryService) {
		this.formService = formService;
		this.repositoryService = repositoryService;
	}

	public ProcessInstance submit(String processKey, Map<String, Object> startForm) {
		String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
			.latestVersion().singleResult().getId();
		return formService.submitStartForm(definitionId, startForm);
	}

	/**
	 * A start form as another system sends it in JSON, read into a record whose components are the form's fields
	 * (a field it does not have is refused as the body is read, see {@link ApiErrors}): each value a string (dates
	 * as {@code yyyy-MM-dd}) or a number; anything else is refused naming the field, before anything starts.
	 */
	public ProcessInstance submitJson(String processKey, Record form) {
		Map<String, Object> variables = JSON.convertValue(form, VARIABLES);
		variables.values().removeIf(Objects::isNull);
		variables.forEach((field, value) -> {
			if (!(value instanceof String) && !(value instanceof Number)) {
				throw new InputRejected(field, "须为文本（日期为 yyyy-MM-dd）或数字");
			}
		});
		return submit(processKey, variables);
	}

}
