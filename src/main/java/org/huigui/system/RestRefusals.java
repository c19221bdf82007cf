package org.huigui.system;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;

/**
 * The answer Huigui gives on the engine REST API (and the webapps' copy of it) when it refuses a request:
 * {@code {type, message, field}}, the shape Camunda's own errors have plus the field refused, so that Tasklist
 * shows the message; and the engine a request's path names.
 */
public final class RestRefusals {

	/** The engine's name in the webapps' paths ({@code engine/default/...}, {@code plugin/base/default/...}). */
	private static final Pattern ENGINE = Pattern.compile("(?:^|/)(?:engine|plugin/[^/]+)/([^/]+)/");

	private RestRefusals() {
	}

	public static Response refused(Response.Status status, String type, String field, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type);
		body.put("message", message);
		if (field != null) {
			body.put("field", field);
		}
		return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
	}

	/** Input refused: 400 naming the field, worded as {@link InputRejected} words it. */
	public static Response inputRejected(InputRejected rejected) {
		return refused(Response.Status.BAD_REQUEST, InputRejected.class.getSimpleName(), rejected.field(),
				rejected.getMessage());
	}

	/** The engine a path of {@code /engine-rest} (the default engine) or of the webapps names. */
	public static ProcessEngine engineOf(String path) {
		Matcher named = ENGINE.matcher(path);
		return named.find() ? ProcessEngines.getProcessEngine(named.group(1)) : ProcessEngines.getDefaultProcessEngine();
	}

}
