package org.huigui.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every answer of Huigui's own pages and APIs ({@code /cases}, {@code /api}) and of the engine REST API holds
 * personal data: no cache keeps it ({@code no-store}), no browser guesses another type for it, no other site
 * frames it, and its pages load nothing from elsewhere and run no script. The API's OpenAPI document is for
 * logged-in users too and is answered alike. The Swagger UI ({@link ApiDocumentation}) runs its own scripts, from
 * here only; the cases it shows come from {@code /api}, with the headers above. The webapps send their own headers.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> personalDataHeadersFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Headers(CONTENT_SECURITY_POLICY, true));
		registration.setName("huigui-personal-data-headers");
		registration.addUrlPatterns("/engine-rest/*", "/api/*", "/cases/*", "/v3/api-docs/*", "/v3/api-docs.yaml");
		return registration;
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> swaggerUiHeadersFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Headers(SWAGGER_UI_POLICY, false));
		registration.setName("huigui-swagger-ui-headers");
		registration.addUrlPatterns("/swagger-ui/*");
		return registration;
	}

	private static final class Headers extends OncePerRequestFilter {

		private final String contentSecurityPolicy;

		private final boolean noStore;

		Headers(String contentSecurityPolicy, boolean noStore) {
			this.contentSecurityPolicy = contentSecurityPolicy;
			this.noStore = noStore;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (noStore) {
				response.setHeader("Cache-Control", "no-store");
				response.setHeader("Pragma", "no-cache");
			}
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("Referrer-Policy", "no-referrer");
			response.setHeader("Content-Security-Policy", contentSecurityPolicy);
			chain.doFilter(request, noStore ? new KeepNoStore(response) : response);
		}

	}

	/** Camunda's REST API marks its answers {@code no-cache}, which still lets a cache keep them: ours stays. */
	private static final class KeepNoStore extends HttpServletResponseWrapper {

		KeepNoStore(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setHeader(String name, String value) {
			if (!"Cache-Control".equalsIgnoreCase(name)) {
				super.setHeader(name, value);
			}
		}

		@Override
		public void addHeader(String name, String value) {
			if (!"Cache-Control".equalsIgnoreCase(name)) {
				super.addHeader(name, value);
			}
		}

	}

}
