package org.huigui.system;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API, plus clear answers where it would report the caller's error, or a task someone else
 * just completed, as a server error.
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

	private final TaskService taskService;

	EngineRestConfiguration(TaskService taskService) {
		this.taskService = taskService;
	}

	@Override
	protected void registerAdditionalResources() {
		register(new RefusedInputMapper(taskService));
	}

}
