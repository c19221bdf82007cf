package org.huigui.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Some engine REST resources ({@code process-definition/.../start}, {@code task/{id}/submit-form}) wrap
 * every engine exception in a 500. Input a form or a step refused is the caller's error: 400 naming the
 * field, as {@code submit-form} answers; so is naming something that does not exist (404) or leaving out
 * a value the engine needs (400). Everything else gets Camunda's own answer.
 */
@Priority(1)
class RefusedInputMapper implements ExceptionMapper<RestException> {

	@Override
	public Response toResponse(RestException exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof FormFieldValidationException refused) {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("type", refused.getClass().getSimpleName());
				body.put("message", refused.getMessage());
				if (refused instanceof InputRejected rejected) {
					body.put("field", rejected.field());
				}
				return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
			}
			if (cause instanceof NotFoundException || cause instanceof NullValueException) {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("type", cause.getClass().getSimpleName());
				body.put("message", exception.getMessage());
				Response.Status status = cause instanceof NotFoundException || String.valueOf(cause.getMessage()).contains("Cannot find")
						? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST;
				return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
			}
		}
		return ExceptionHandlerHelper.getInstance().getResponse(exception);
	}

}
