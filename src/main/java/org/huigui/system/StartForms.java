package org.huigui.system;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
	 * A start form as another system sends it in JSON: only the form's fields, each a string (dates as
	 * {@code yyyy-MM-dd}) or a number; anything else is refused naming the field, before anything starts.
	 */
	public ProcessInstance submitJson(String processKey, Map<String, Object> body, Set<String> fields) {
		Map<String, Object> variables = new HashMap<>();
		for (Map.Entry<String, Object> entry : body.entrySet()) {
			if (!fields.contains(entry.getKey())) {
				throw new InputRejected(entry.getKey(), "不是该表单的字段，可用字段：" + fields);
			}
			Object value = entry.getValue();
			if (value != null && !(value instanceof String) && !(value instanceof Number)) {
				throw new InputRejected(entry.getKey(), "须为文本（日期为 yyyy-MM-dd）或数字");
			}
			variables.put(entry.getKey(), value);
		}
		return submit(processKey, variables);
	}

}
