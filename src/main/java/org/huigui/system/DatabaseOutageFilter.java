package org.huigui.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outermost filter: a database outage met anywhere below it (HTTP Basic login of {@code /api} and
 * {@code /engine-rest}, the webapps' session filters, a controller of {@code /api} or {@code /cases}) is
 * answered 503 with a clear message instead of a 500 error page. The JAX-RS applications map their own
 * exceptions: see {@link DatabaseOutageMappers}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException failure) {
			if (response.isCommitted() || !DatabaseOutage.explains(failure)) {
				throw failure;
			}
			DatabaseOutage.answered(request.getMethod() + " " + request.getRequestURI(), failure);
			response.reset();
			response.setStatus(DatabaseOutage.ANSWER.status());
			response.setContentType(Problem.MEDIA_TYPE);
			response.getOutputStream().write(DatabaseOutage.ANSWER.json().getBytes(StandardCharsets.UTF_8));
		}
	}

}
