package org.huigui.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/** Does tasks as a logged-in user would, and moves the engine's clock, for the process scenarios. */
public final class ProcessDriver {

	public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final TaskService taskService;

	private final IdentityService identityService;

	public ProcessDriver(TaskService taskService, IdentityService identityService) {
		this.taskService = taskService;
		this.identityService = identityService;
	}

	public Task task(String businessKey, String taskKey) {
		return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
			.singleResult();
	}

	public void complete(String user, String taskKey, String businessKey, Map<String, Object> variables) {
		Task task = task(businessKey, taskKey);
		assertThat(task).as(taskKey).isNotNull();
		identityService.setAuthentication(user,
				identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
		try {
			taskService.complete(task.getId(), variables);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	public static void clockAt(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant()));
	}

	public static Date endOf(LocalDate day) {
		return Date.from(day.atTime(23, 59, 59).atZone(SHANGHAI).toInstant());
	}

}
