package org.huigui.system;

import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;

/**
 * The answer Huigui gives on the engine REST API (and the webapps' copy of it) when it refuses a request: a
 * {@link Problem} whose {@code type} and {@code message} are what Camunda's own errors have, so that Tasklist
 * shows the message; and the engine a request's path names.
 */
public final class RestRefusals {

	/** The engine's name in the webapps' paths ({@code engine/default/...}, {@code plugin/base/default/...}). */
	private static final Pattern ENGINE = Pattern.compile("(?:^|/)(?:engine|plugin/[^/]+)/([^/]+)/");

	private RestRefusals() {
	}

	public static Response refused(Response.Status status, String type, String field, String message) {
		return answer(Problem.of(status.getStatusCode(), message).naming(field), type);
	}

	/** Input refused: 400 naming the field, worded as {@link InputRejected} words it. */
	public static Response inputRejected(InputRejected rejected) {
		return answer(Problem.refused(rejected), InputRejected.class.getSimpleName());
	}

	/** With {@code type} the name Camunda's clients know the refusal by, as Camunda's own {@code type} names an exception. */
	static Response answer(Problem problem, String type) {
		return answer(problem.status(), problem.json(type));
	}

	/** With the kind's URI as {@code type}, where Camunda has no name for it (the database unavailable). */
	static Response answer(Problem problem) {
		return answer(problem.status(), problem.json());
	}

	private static Response answer(int status, String json) {
		return Response.status(status).type(Problem.MEDIA_TYPE).entity(json).build();
	}

	/** The engine a path of {@code /engine-rest} (the default engine) or of the webapps names. */
	public static ProcessEngine engineOf(String path) {
		Matcher named = ENGINE.matcher(path);
		return named.find() ? ProcessEngines.getProcessEngine(named.group(1)) : ProcessEngines.getDefaultProcessEngine();
	}

}
