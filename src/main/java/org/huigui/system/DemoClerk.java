package org.huigui.system;

import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Does what a user would do in Tasklist, as that user, for the demo data: starts a process through its
 * start form and completes tasks with their forms' values, so every check and timeline entry applies.
 */
@Component
public class DemoClerk {

	private final StartForms startForms;

	private final TaskService taskService;

	private final IdentityService identityService;

	DemoClerk(StartForms startForms, TaskService taskService, IdentityService identityService) {
		this.startForms = startForms;
		this.taskService = taskService;
		this.identityService = identityService;
	}

	public ProcessInstance start(String user, String processKey, Map<String, Object> startForm) {
		return as(user, () -> startForms.submit(processKey, startForm));
	}

	public void complete(String user, String businessKey, String taskKey, Map<String, Object> form) {
		Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
			.singleResult();
		as(user, () -> {
			taskService.complete(task.getId(), form);
			return null;
		});
	}

	private <T> T as(String user, Supplier<T> work) {
		identityService.setAuthentication(user,
				identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
		try {
			return work.get();
		}
		finally {
			identityService.clearAuthentication();
		}
	}

}
