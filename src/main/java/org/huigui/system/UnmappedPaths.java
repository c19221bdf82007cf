package org.huigui.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path under {@code /api} or {@code /cases} that nothing serves, or a method it does not take: the same problem
 * as every other refusal ({@link ApiErrors}) instead of Spring Boot's own error body. Elsewhere (the webapps'
 * files) the exception is thrown on, to Spring's own handling.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnmappedPaths {

	@ExceptionHandler
	Object noSuchPath(NoResourceFoundException ex, HttpServletRequest request) throws NoResourceFoundException {
		if (!ours(request)) {
			throw ex;
		}
		return ApiErrors.answer(Problem.of(404, "没有这个地址（" + request.getRequestURI() + "）"));
	}

	@ExceptionHandler
	Object methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletRequest request)
			throws HttpRequestMethodNotSupportedException {
		if (!ours(request)) {
			throw ex;
		}
		return ApiErrors.answer(Problem.of(405, "该地址不接受 %s 请求（可用：%s）".formatted(ex.getMethod(),
				String.join("、", ex.getSupportedMethods() == null ? new String[0] : ex.getSupportedMethods()))));
	}

	private static boolean ours(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.equals("/cases") || path.startsWith("/cases/");
	}

}
