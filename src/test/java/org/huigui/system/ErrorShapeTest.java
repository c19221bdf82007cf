package org.huigui.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huigui.intake.IntakeScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * Every kind of refusal answers one shape, RFC 9457 problem details as {@code application/problem+json}: on
 * {@code /api} with the kind's URI as {@code type}, on {@code /engine-rest} with the name Camunda's webapps know
 * (docs/errors.md). The database outage is {@link DatabaseOutageTest}'s.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:pages;DB_CLOSE_DELAY=-1")
class ErrorShapeTest extends ProcessScenarios {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Map<Integer, String> TITLES = Map.of(400, "输入有误", 403, "无权办理", 404, "未找到", 405,
			"不支持该请求方法", 409, "与他人的办理冲突");

	@Test
	void apiRefusals_areProblemsNamingTheKindByItsUri() throws Exception {
		Map<String, Object> application = IntakeScenarios.application(LocalDate.now().minusDays(2), "MALE");
		application.put("idNumber", "330226");
		JsonNode badInput = problem(send("sangzhou-staff", HttpMethod.POST, "/api/intakes", JSON.writeValueAsString(application)),
				400, "/problems/refused-input", "idNumber");
		assertThat(badInput.path("detail").asText()).startsWith("idNumber：");
		assertThat(badInput.path("instance").asText()).isEqualTo("/api/intakes");

		JsonNode missing = problem(send("sangzhou-staff", HttpMethod.GET, "/api/cases/SZ-0000-0000", null), 404,
				"/problems/not-found", null);
		assertThat(missing.path("detail").asText()).contains("SZ-0000-0000", "不存在");

		JsonNode otherOffice = problem(send("sangzhou-head", HttpMethod.GET, "/api/reports/assistance?office=xinli", null), 400,
				"/problems/refused-input", "office");
		assertThat(otherOffice.path("detail").asText()).contains("无权查看该司法所");

		problem(send("sangzhou-staff", HttpMethod.POST, "/api/intakes", "{\"personName\": "), 400, "/problems/refused-input",
				null);

		JsonNode forbidden = problem(send("sangzhou-staff", HttpMethod.GET, "/api/admin/consistency", null), 403,
				"/problems/forbidden", null);
		assertThat(forbidden.path("detail").asText()).isEqualTo("一致性检查仅限系统管理员");

		JsonNode noSuchPath = problem(send("sangzhou-staff", HttpMethod.GET, "/api/nothing-here", null), 404,
				"/problems/not-found", null);
		assertThat(noSuchPath.path("detail").asText()).contains("/api/nothing-here");
		JsonNode wrongMethod = problem(send("sangzhou-staff", HttpMethod.DELETE, "/api/cases", null), 405,
				"/problems/method-not-allowed", null);
		assertThat(wrongMethod.path("detail").asText()).contains("DELETE", "GET");
	}

	@Test
	void engineRestRefusals_areTheSameProblems_withTheTypeCamundasWebappsRead() throws Exception {
		String caseNumber = intake();
		String task = driver.task(caseNumber, "Task_CheckDocuments").getId();

		JsonNode field = problem(send("sangzhou-staff", HttpMethod.POST, "/engine-rest/task/" + task + "/submit-form",
				"{\"variables\":{\"documentsCheck\":{\"value\":\"COMPLETE\"},\"officeCode\":{\"value\":\"xinli\"}}}"), 400,
				"InputRejected", "officeCode");
		assertThat(field.path("detail").asText()).startsWith("officeCode：");

		JsonNode limit = problem(send("sangzhou-head", HttpMethod.POST, "/engine-rest/task/create", "{\"name\":\"假任务\"}"), 403,
				"OfficeRoleLimit", null);
		assertThat(limit.path("detail").asText()).isEqualTo("任务只由流程产生，不能单独创建");

		problem(send("xinli-staff", HttpMethod.GET, "/engine-rest/task/" + task + "/comment", null), 404, "OfficeRoleLimit",
				null);

		taskService.claim(task, "sangzhou-staff");
		JsonNode claimed = problem(send("sangzhou-head", HttpMethod.POST, "/engine-rest/task/" + task + "/claim",
				"{\"userId\":\"sangzhou-head\"}"), 409, "TaskAlreadyClaimed", null);
		assertThat(claimed.path("detail").asText()).contains("sangzhou-staff");
	}

	/** The shape every refusal has; returns the body for what is particular to it. */
	private static JsonNode problem(ResponseEntity<String> answer, int status, String type, String field) throws Exception {
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
		assertThat(answer.getHeaders().getContentType()).as(answer.getBody()).isNotNull()
			.satisfies(contentType -> assertThat(contentType.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
		JsonNode body = JSON.readTree(answer.getBody());
		Set<String> members = new HashSet<>();
		body.fieldNames().forEachRemaining(members::add);
		Set<String> expected = new HashSet<>(List.of("type", "title", "status", "detail", "message"));
		if (field != null) {
			expected.add("field");
		}
		if (type.startsWith("/problems/")) {
			expected.add("instance");
		}
		assertThat(members).as(answer.getBody()).isEqualTo(expected);
		assertThat(body.path("type").asText()).isEqualTo(type);
		assertThat(body.path("title").asText()).isEqualTo(TITLES.get(status));
		assertThat(body.path("status").asInt()).isEqualTo(status);
		assertThat(body.path("detail").asText()).isNotBlank();
		assertThat(body.path("message").asText()).as("the webapps show message").isEqualTo(body.path("detail").asText());
		if (field != null) {
			assertThat(body.path("field").asText()).isEqualTo(field);
		}
		return body;
	}

	private String intake() {
		ResponseEntity<Map> started = rest.withBasicAuth("sangzhou-staff", TestUsers.PASSWORD).postForEntity("/api/intakes",
				IntakeScenarios.application(LocalDate.now().minusDays(2), "MALE"), Map.class);
		assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(201);
		return (String) started.getBody().get("caseNumber");
	}

	private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		return rest.withBasicAuth(user, TestUsers.PASSWORD).exchange(path, method, new HttpEntity<>(body, headers),
				String.class);
	}

}
