package org.huigui.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NotAllowedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

/** Errors of {@code /api} as JSON that names the field and the rule. */
@RestControllerAdvice(basePackages = "org.huigui")
class ApiErrors {

	@ExceptionHandler
	Object rejected(InputRejected ex) {
		return body(HttpStatus.BAD_REQUEST, ex.field(), ex.getMessage());
	}

	@ExceptionHandler
	Object missing(MissingServletRequestParameterException ex) {
		return body(HttpStatus.BAD_REQUEST, ex.getParameterName(), ex.getParameterName() + "：必填");
	}

	@ExceptionHandler
	Object mistyped(MethodArgumentTypeMismatchException ex) {
		return body(HttpStatus.BAD_REQUEST, ex.getName(), ex.getName() + "：格式不正确（" + ex.getValue() + "）");
	}

	@ExceptionHandler
	Object unreadable(HttpMessageNotReadableException ex) {
		return body(HttpStatus.BAD_REQUEST, null, "请求体须为 JSON 对象，如 {\"字段\":\"值\"}（无法读取收到的内容）");
	}

	@ExceptionHandler
	Object unsupported(HttpMediaTypeNotSupportedException ex) {
		return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, "请求体须为 JSON（Content-Type: application/json）");
	}

	@ExceptionHandler
	Object notFound(NotFoundException ex) {
		return body(HttpStatus.NOT_FOUND, null, ex.getMessage());
	}

	@ExceptionHandler({ AuthorizationException.class, NotAllowedException.class })
	Object forbidden(RuntimeException ex) {
		return body(HttpStatus.FORBIDDEN, null, ex.getMessage());
	}

	/**
	 * As JSON; for a page opened in the browser (the case page, the report), as a short page in Chinese, since
	 * the browser accepts no JSON there and would otherwise be shown a server error.
	 */
	private static Object body(HttpStatus status, String field, String message) {
		if (wantsPage()) {
			ModelAndView page = new ModelAndView("system/cannot-show", "message", message);
			page.setStatus(status);
			return page;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status.value());
		if (field != null) {
			body.put("field", field);
		}
		body.put("message", message);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
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
