package org.huigui.system;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NotAllowedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of {@code /api} as RFC 9457 problem details naming the field and the rule ({@link Problem}); for a page
 * opened in the browser (the case page, the report), as a short page in Chinese, since the browser accepts no JSON
 * there and would otherwise be shown a server error.
 */
@RestControllerAdvice(basePackages = "org.huigui")
class ApiErrors {

	@ExceptionHandler
	Object rejected(InputRejected ex) {
		return answer(Problem.refused(ex));
	}

	@ExceptionHandler
	Object missing(MissingServletRequestParameterException ex) {
		return answer(Problem.of(400, ex.getParameterName() + "：必填").naming(ex.getParameterName()));
	}

	@ExceptionHandler
	Object mistyped(MethodArgumentTypeMismatchException ex) {
		return answer(Problem.of(400, ex.getName() + "：格式不正确（" + ex.getValue() + "）").naming(ex.getName()));
	}

	@ExceptionHandler
	Object unreadable(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
			String field = unknown.getPropertyName();
			return answer(Problem.refused(new InputRejected(field, "不是该表单的字段，可用字段：" + unknown.getKnownPropertyIds())));
		}
		return answer(Problem.of(400, "请求体须为 JSON 对象，如 {\"字段\":\"值\"}（无法读取收到的内容）"));
	}

	@ExceptionHandler
	Object unsupported(HttpMediaTypeNotSupportedException ex) {
		return answer(Problem.of(415, "请求体须为 JSON（Content-Type: application/json）"));
	}

	@ExceptionHandler
	Object notFound(NotFoundException ex) {
		return answer(Problem.of(404, ex.getMessage()));
	}

	@ExceptionHandler({ AuthorizationException.class, NotAllowedException.class })
	Object forbidden(RuntimeException ex) {
		return answer(Problem.of(403, ex.getMessage()));
	}

	static Object answer(Problem problem) {
		if (wantsPage()) {
			ModelAndView page = new ModelAndView("system/cannot-show", "message", problem.detail());
			page.setStatus(HttpStatusCode.valueOf(problem.status()));
			return page;
		}
		return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem.forApi());
	}

	private static boolean wantsPage() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return false;
		}
		List<MediaType> accepted = MediaType.parseMediaTypes(attributes.getRequest().getHeader(HttpHeaders.ACCEPT));
		MediaType.sortBySpecificityAndQuality(accepted);
		return accepted.stream().filter(type -> type.includes(MediaType.TEXT_HTML) || type.includes(MediaType.APPLICATION_JSON))
			.findFirst().map(type -> type.includes(MediaType.TEXT_HTML) && !type.isWildcardType()).orElse(false);
	}

}
