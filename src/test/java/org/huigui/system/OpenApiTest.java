package org.huigui.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document of {@code /api} and the Swagger UI: only for logged-in users, complete (every {@code /api}
 * endpoint Spring maps is in it, with its method, and every request body names its fields), and the UI's pages
 * load only what the Content-Security-Policy allows them.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:openapi;DB_CLOSE_DELAY=-1")
class OpenApiTest extends ProcessScenarios {

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theDocumentsAndTheUi_areForLoggedInUsersOnly() {
		for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/swagger-ui.html",
				"/swagger-ui/index.html", ApiDocumentation.CAMUNDA_DOCUMENT)) {
			assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(staff().getForEntity(path, String.class).getStatusCode().is2xxSuccessful()).as(path).isTrue();
		}
		ResponseEntity<String> document = staff().getForEntity("/v3/api-docs", String.class);
		assertThat(document.getHeaders().getCacheControl()).isEqualTo("no-store");
	}

	@Test
	void everyApiEndpointSpringMaps_isInTheDocument_withItsMethod() throws Exception {
		JsonNode paths = document().path("paths");
		List<String> mapped = new ArrayList<>();
		for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
			for (String path : mapping.getPatternValues()) {
				if (path.startsWith("/api/")) {
					assertThat(mapping.getMethodsCondition().getMethods()).as(path + " names its HTTP method").isNotEmpty();
					for (RequestMethod method : mapping.getMethodsCondition().getMethods()) {
						mapped.add(method + " " + path);
						assertThat(paths.path(path).has(method.name().toLowerCase())).as(method + " " + path + " in " + paths)
							.isTrue();
					}
				}
			}
		}
		assertThat(mapped).contains("POST /api/intakes", "POST /api/release-notices", "GET /api/cases/{caseNumber}");
		paths.fieldNames().forEachRemaining(path -> assertThat(path).startsWith("/api/"));
	}

	@Test
	void everyRequestBody_namesItsFields() throws Exception {
		JsonNode document = document();
		List<String> bodies = new ArrayList<>();
		for (JsonNode path : document.path("paths")) {
			for (JsonNode operation : path) {
				JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
				if (!schema.isMissingNode()) {
					String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
					JsonNode body = document.path("components").path("schemas").path(name);
					bodies.add(name);
					assertThat(body.path("properties").size()).as(name).isPositive();
					assertThat(body.path("required").size()).as(name).isEqualTo(body.path("properties").size());
				}
			}
		}
		assertThat(bodies).contains("IntakeRequest", "ReleaseNoticeRequest");
		JsonNode notice = document.path("components").path("schemas").path("ReleaseNoticeRequest").path("properties");
		assertThat(notice.path("sentence").path("type").toString()).isEqualTo("[\"integer\",\"string\"]");
		assertThat(notice.path("releaseDate").path("format").asText()).isEqualTo("date");
		assertThat(notice.path("offenceType").path("enum").size()).isPositive();
	}

	@Test
	void theUiLoadsItsScriptsFromHere_whichItsPolicyAllows() throws Exception {
		ResponseEntity<String> page = staff().getForEntity("/swagger-ui/index.html", String.class);
		String policy = page.getHeaders().getFirst("Content-Security-Policy");
		assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-eval");
		assertThat(page.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
		Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(page.getBody());
		int loaded = 0;
		while (scripts.find()) {
			Matcher source = Pattern.compile("src=\"([^\"]+)\"").matcher(scripts.group(1));
			assertThat(source.find()).as("no inline script: " + scripts.group()).isTrue();
			assertThat(source.group(1)).as("from here").doesNotContain("//");
			assertThat(staff().getForEntity("/swagger-ui/" + source.group(1).replace("./", ""), String.class)
				.getStatusCode()).as(source.group(1)).isEqualTo(HttpStatus.OK);
			loaded++;
		}
		assertThat(loaded).isPositive();

		JsonNode config = JSON.readTree(staff().getForEntity("/v3/api-docs/swagger-config", String.class).getBody());
		assertThat(config.path("urls").findValuesAsText("url")).containsExactlyInAnyOrder("/v3/api-docs",
				ApiDocumentation.CAMUNDA_DOCUMENT);
		assertThat(config.path("urls.primaryName").asText()).contains("Huigui");
		JsonNode camunda = JSON.readTree(staff().getForEntity(ApiDocumentation.CAMUNDA_DOCUMENT, String.class).getBody());
		assertThat(camunda.path("info").path("title").asText()).isEqualTo("Camunda Platform REST API");
		assertThat(camunda.path("paths").has("/process-definition/key/{key}/submit-form")).isTrue();
	}

	private JsonNode document() throws Exception {
		return JSON.readTree(staff().getForEntity("/v3/api-docs", String.class).getBody());
	}

	private TestRestTemplate staff() {
		return rest.withBasicAuth("sangzhou-staff", TestUsers.PASSWORD);
	}

}
