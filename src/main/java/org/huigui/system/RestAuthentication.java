package org.huigui.system;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /engine-rest}, {@code /api}, the case pages ({@code /cases}) and the API's documentation ({@link ApiDocumentation})
 * answer only authenticated users (HTTP Basic against Camunda's users); the user is then the engine's current
 * authentication, so authorizations and the case timeline name them.
 */
@Configuration(proxyBeanMethods = false)
class RestAuthentication {

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("huigui-rest-authentication");
		registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*", "/api/*", "/cases/*", "/v3/api-docs/*", "/v3/api-docs.yaml",
				"/swagger-ui.html", "/swagger-ui/*", ApiDocumentation.CAMUNDA_DOCUMENT);
		return registration;
	}

}
