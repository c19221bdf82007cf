package org.huigui.intake;

import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Starts the latest intake through its start form, as Tasklist does, so the form's checks apply. */
@Component
class IntakeStart {

	static final String PROCESS_KEY = "intake";

	private final FormService formService;

	private final RepositoryService repositoryService;

	IntakeStart(FormService formService, RepositoryService repositoryService) {
		this.formService = formService;
		this.repositoryService = repositoryService;
	}

	ProcessInstance submit(Map<String, Object> startForm) {
		String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
			.latestVersion().singleResult().getId();
		return formService.submitStartForm(definitionId, startForm);
	}

}
