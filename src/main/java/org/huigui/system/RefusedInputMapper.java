package org.huigui.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Some engine REST resources ({@code process-definition/.../start}, {@code task/{id}/submit-form}) wrap
 * every engine exception in a 500. The answers people need instead: input a form or a step refused, 400
 * naming the field (as {@code submit-form} answers); a task another user completed at the same moment,
 * 409; something that does not exist, 404; a value the engine needs left out, 400. Everything else gets
 * Camunda's own answer.
 */
@Priority(1)
class RefusedInputMapper implements ExceptionMapper<RestException> {

	private static final Pattern TASK = Pattern.compile("^Cannot (?:submit task form|complete task) ([^:\\s]+):");

	static final String TAKEN = "该任务已由他人同时办理，您的提交未保存；请刷新任务列表查看结果";

	private final Supplier<ProcessEngine> engine;

	RefusedInputMapper(Supplier<ProcessEngine> engine) {
		this.engine = engine;
	}

	@Override
	public Response toResponse(RestException exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof FormFieldValidationException refused) {
				return answer(Response.Status.BAD_REQUEST, refused,
						refused instanceof InputRejected rejected ? rejected.field() : null, refused.getMessage());
			}
			if (cause instanceof OptimisticLockingException) {
				return answer(Response.Status.CONFLICT, cause, null, TAKEN);
			}
		}
		if (taskCompletedMeanwhile(exception)) {
			return answer(Response.Status.CONFLICT, exception, null, TAKEN);
		}
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof NotFoundException || cause instanceof NullValueException) {
				boolean missing = cause instanceof NotFoundException || String.valueOf(cause.getMessage()).contains("Cannot find");
				return answer(missing ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST, cause, null,
						exception.getMessage());
			}
		}
		return ExceptionHandlerHelper.getInstance().getResponse(exception);
	}

	/** The task the failed call named existed and is gone now: someone else completed it. */
	private boolean taskCompletedMeanwhile(RestException exception) {
		Matcher task = TASK.matcher(String.valueOf(exception.getMessage()));
		if (!task.find() || engine.get().getTaskService().createTaskQuery().taskId(task.group(1)).count() > 0) {
			return false;
		}
		return !String.valueOf(exception.getMessage()).contains("Cannot find task")
				|| engine.get().getHistoryService().createHistoricTaskInstanceQuery().taskId(task.group(1)).finished()
					.count() > 0;
	}

	private static Response answer(Response.Status status, Throwable cause, String field, String message) {
		return RestRefusals.refused(status, cause.getClass().getSimpleName(), field, message);
	}

}
