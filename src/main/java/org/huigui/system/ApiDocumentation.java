package org.huigui.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * What the OpenAPI document of {@code /api} says about itself ({@code /v3/api-docs}, shown by the Swagger UI at
 * {@code /swagger-ui.html}), and Camunda's own document of its engine REST API, served as the
 * {@code camunda-engine-rest-openapi} artifact ships it. Both only for logged-in users ({@link RestAuthentication}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String CAMUNDA_DOCUMENT = "/engine-rest-openapi.json";

	static final String CAMUNDA_REFERENCE = "https://docs.camunda.org/rest/camunda-bpm-platform/7.24/";

	private static final String DESCRIPTION = """
			回归（社区矫正与安置帮教）自身的接口：案件、入矫、刑满释放通知、工作日日历、统计报表与一致性检查。\
			须以 Camunda 用户登录（HTTP Basic），每人只见其所属司法所或县局的案件。

			Huigui's own API: cases, intakes, release notices, the working-day calendar, reports and the \
			consistency check. Every call needs a Camunda login (HTTP Basic); each user sees the cases of \
			their own offices only.

			流程引擎的接口 The engine REST API (`/engine-rest`): [OpenAPI](%s) · [Camunda 7.24](%s)
			""".formatted(CAMUNDA_DOCUMENT, CAMUNDA_REFERENCE);

	@Bean
	OpenAPI huiguiApi() {
		return new OpenAPI()
			.info(new Info().title("回归 Huigui API").description(DESCRIPTION).version(version()))
			.externalDocs(new ExternalDocumentation().description("Camunda 7.24 REST API (/engine-rest)")
				.url(CAMUNDA_REFERENCE))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

	@Bean
	RouterFunction<ServerResponse> camundaApiDocument() {
		return RouterFunctions.route()
			.GET(CAMUNDA_DOCUMENT, request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
				.body(new ClassPathResource("openapi.json")))
			.build();
	}

	/** The packaged application's version; in a build that is not packaged, none is known. */
	private static String version() {
		return Optional.ofNullable(ApiDocumentation.class.getPackage().getImplementationVersion()).orElse("dev");
	}

}
