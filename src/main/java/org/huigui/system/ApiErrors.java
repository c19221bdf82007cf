package org.huigui.system;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.springframework.web.util.HtmlUtils;

/** Errors of {@code /api} as JSON that names the field and the rule. */
@RestControllerAdvice(basePackages = "org.huigui")
class ApiErrors {

	@ExceptionHandler
	ResponseEntity<?> rejected(InputRejected ex) {
		return body(HttpStatus.BAD_REQUEST, ex.field(), ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<?> missing(MissingServletRequestParameterException ex) {
		return body(HttpStatus.BAD_REQUEST, ex.getParameterName(), ex.getParameterName() + "：必填");
	}

	@ExceptionHandler
	ResponseEntity<?> mistyped(MethodArgumentTypeMismatchException ex) {
		return body(HttpStatus.BAD_REQUEST, ex.getName(), ex.getName() + "：格式不正确（" + ex.getValue() + "）");
	}

	@ExceptionHandler
	ResponseEntity<?> unreadable(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
			String field = unknown.getPropertyName();
			return body(HttpStatus.BAD_REQUEST, field, field + "：不是该表单的字段，可用字段：" + unknown.getKnownPropertyIds());
		}
		return body(HttpStatus.BAD_REQUEST, null, "请求体须为 JSON 对象，如 {\"字段\":\"值\"}（无法读取收到的内容）");
	}

	@ExceptionHandler
	ResponseEntity<?> unsupported(HttpMediaTypeNotSupportedException ex) {
		return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, "请求体须为 JSON（Content-Type: application/json）");
	}

	@ExceptionHandler
	ResponseEntity<?> notFound(NotFoundException ex) {
		return body(HttpStatus.NOT_FOUND, null, ex.getMessage());
	}

	@ExceptionHandler({ AuthorizationException.class, NotAllowedException.class })
	ResponseEntity<?> forbidden(RuntimeException ex) {
		return body(HttpStatus.FORBIDDEN, null, ex.getMessage());
	}

	/**
	 * As JSON; for a page opened in the browser (the case page, the report), as a short page in Chinese, since
	 * the browser accepts no JSON there and would otherwise be shown a server error.
	 */
	private static ResponseEntity<?> body(HttpStatus status, String field, String message) {
		if (wantsPage()) {
			return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
				.body("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>无法显示</title></head>"
						+ "<body><h1>无法显示</h1><p>" + HtmlUtils.htmlEscape(message) + "</p></body></html>");
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
			.body(new ApiError(status.value(), field, message));
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
