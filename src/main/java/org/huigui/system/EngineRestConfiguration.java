package org.huigui.system;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API, plus clear answers where it would report the caller's error, or a task someone else
 * just completed, or a password the policy refuses, as a server error.
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

	private final TaskService taskService;

	private final HistoryService historyService;

	private final IdentityService identityService;

	EngineRestConfiguration(TaskService taskService, HistoryService historyService, IdentityService identityService) {
		this.taskService = taskService;
		this.historyService = historyService;
		this.identityService = identityService;
	}

	@Override
	protected void registerAdditionalResources() {
		register(new RefusedInputMapper(taskService, historyService));
		register(new TaskTakenMapper(taskService));
		register(new PasswordPolicyMapper(identityService));
	}

}
