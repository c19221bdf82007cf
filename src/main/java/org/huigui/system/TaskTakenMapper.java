package org.huigui.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * A task completed by another user a moment ago takes its permissions with it, so a second submission
 * racing the first can fail the permission check instead: that is the same conflict, answered as 409,
 * not as a missing permission. Any other refusal, another office's task among them, gets Camunda's own 403;
 * so does a missing permission on every task ({@code *}, as a report over all tasks needs), which names no task.
 */
@Priority(1)
class TaskTakenMapper implements ExceptionMapper<AuthorizationException> {

	private final Supplier<ProcessEngine> engine;

	TaskTakenMapper(Supplier<ProcessEngine> engine) {
		this.engine = engine;
	}

	@Override
	public Response toResponse(AuthorizationException exception) {
		boolean taskGone = exception.getMissingAuthorizations().stream()
			.filter(missing -> Resources.TASK.resourceName().equals(missing.getResourceType()))
			.filter(missing -> missing.getResourceId() != null && !Authorization.ANY.equals(missing.getResourceId()))
			.anyMatch(missing -> gone(missing.getResourceId()));
		if (taskGone) {
			return RestRefusals.refused(Response.Status.CONFLICT, "TaskTaken", null, RefusedInputMapper.TAKEN);
		}
		return ExceptionHandlerHelper.getInstance().getResponse(exception);
	}

	/** Looked up past the caller's permissions: another office's task is not gone, only not theirs. */
	private boolean gone(String taskId) {
		return ((ProcessEngineConfigurationImpl) engine.get().getProcessEngineConfiguration()).getCommandExecutorTxRequired()
			.execute(context -> context.getTaskManager().findTaskById(taskId) == null);
	}

}
