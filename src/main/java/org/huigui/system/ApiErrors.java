package org.huigui.system;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NotAllowedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of {@code /api} as JSON that names the field and the rule. */
@RestControllerAdvice(basePackages = "org.huigui")
class ApiErrors {

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> rejected(InputRejected ex) {
		return body(HttpStatus.BAD_REQUEST, ex.field(), ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException ex) {
		return body(HttpStatus.BAD_REQUEST, ex.getParameterName(), ex.getParameterName() + "：必填");
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> mistyped(MethodArgumentTypeMismatchException ex) {
		return body(HttpStatus.BAD_REQUEST, ex.getName(), ex.getName() + "：格式不正确（" + ex.getValue() + "）");
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex) {
		return body(HttpStatus.BAD_REQUEST, null, "请求体须为 JSON 对象，如 {\"字段\":\"值\"}（无法读取收到的内容）");
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> unsupported(HttpMediaTypeNotSupportedException ex) {
		return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, "请求体须为 JSON（Content-Type: application/json）");
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> notFound(NotFoundException ex) {
		return body(HttpStatus.NOT_FOUND, null, ex.getMessage());
	}

	@ExceptionHandler({ AuthorizationException.class, NotAllowedException.class })
	ResponseEntity<Map<String, Object>> forbidden(RuntimeException ex) {
		return body(HttpStatus.FORBIDDEN, null, ex.getMessage());
	}

	private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String field, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status.value());
		if (field != null) {
			body.put("field", field);
		}
		body.put("message", message);
		return ResponseEntity.status(status).body(body);
	}

}
