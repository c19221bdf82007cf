package org.huigui.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Every error Huigui answers, in the shape of RFC 9457 problem details ({@code application/problem+json}):
 * {@code type}, {@code title} (in Chinese, one per kind), {@code status}, {@code detail} (the Chinese message),
 * {@code field} (the refused input's name, when there is one) and {@code message} (the same text as
 * {@code detail}: what Camunda's webapps show, and what earlier clients of {@code /api} read). The shape is
 * written here only; docs/errors.md describes it.
 */
final class Problem {

	static final String MEDIA_TYPE = "application/problem+json";

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The kinds of error, by status: each has a stable type URI (the {@code type} on {@code /api}) and a title. */
	private enum Kind {

		REFUSED_INPUT(400, "refused-input", "输入有误"),

		FORBIDDEN(403, "forbidden", "无权办理"),

		NOT_FOUND(404, "not-found", "未找到"),

		METHOD_NOT_ALLOWED(405, "method-not-allowed", "不支持该请求方法"),

		CONFLICT(409, "conflict", "与他人的办理冲突"),

		UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "请求格式不受支持"),

		DATABASE_UNAVAILABLE(503, "database-unavailable", "数据库暂时不可用");

		final int status;

		final URI type;

		final String title;

		Kind(int status, String name, String title) {
			this.status = status;
			this.type = URI.create("/problems/" + name);
			this.title = title;
		}

		static Kind of(int status) {
			return Arrays.stream(values()).filter(kind -> kind.status == status).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no kind of problem answers " + status));
		}

	}

	private final Kind kind;

	private final String detail;

	private final String field;

	private Problem(Kind kind, String detail, String field) {
		this.kind = kind;
		this.detail = detail;
		this.field = field;
	}

	static Problem of(int status, String detail) {
		return new Problem(Kind.of(status), detail, null);
	}

	/** Input that breaks a rule: 400 naming the field, worded as {@link InputRejected} words it. */
	static Problem refused(InputRejected rejected) {
		return of(Kind.REFUSED_INPUT.status, rejected.getMessage()).naming(rejected.field());
	}

	Problem naming(String field) {
		return new Problem(kind, detail, field);
	}

	int status() {
		return kind.status;
	}

	String detail() {
		return detail;
	}

	/** For {@code /api}: {@code type} is the kind's URI; Spring MVC adds {@code instance}, the request's path. */
	ProblemDetail forApi() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(kind.status), detail);
		problem.setType(kind.type);
		problem.setTitle(kind.title);
		extensions().forEach(problem::setProperty);
		return problem;
	}

	/**
	 * As JSON text with {@code type} as given: on {@code /engine-rest} the name Camunda's clients know it by
	 * ({@code InputRejected}, {@code OfficeRoleLimit}, as Camunda's own {@code type} names an exception).
	 */
	String json(String type) {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("type", type);
		members.put("title", kind.title);
		members.put("status", kind.status);
		members.put("detail", detail);
		members.putAll(extensions());
		try {
			return JSON.writeValueAsString(members);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** As JSON text with the kind's URI as {@code type}, for an answer written outside Spring MVC. */
	String json() {
		return json(kind.type.toString());
	}

	private Map<String, Object> extensions() {
		Map<String, Object> members = new LinkedHashMap<>();
		if (field != null) {
			members.put("field", field);
		}
		members.put("message", detail);
		return members;
	}

}
