package org.huigui.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.huigui.intake.IntakeScenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * Bad input against every write endpoint: malformed JSON, wrong types, missing fields, dates out of range,
 * 10,000-character strings, control characters, injection text and unknown keys. Each is answered with a
 * 4xx and a message (on {@code /api} a problem, {@code application/problem+json}, naming the field where there is
 * one; Camunda's plain text for JSON it cannot parse), never a 5xx, and nothing is created.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:badinput;DB_CLOSE_DELAY=-1")
class BadInputCorpusTest extends ProcessScenarios {

	static final String LONG = "长".repeat(10_000);

	static final String CONTROL = "张\u0007三";

	static final String SQL = "x'); drop table case_file; --";

	static final String SCRIPT = "<script>alert(1)</script>";

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void isRefusedWithAMessage_andNothingIsCreated(String name, String path, String body) {
		long instances = runtimeService.createProcessInstanceQuery().count();
		long history = processEngine.getHistoryService().createHistoricProcessInstanceQuery().count();
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> answer = rest.withBasicAuth("sangzhou-staff", TestUsers.PASSWORD)
			.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
		assertThat(answer.getStatusCode().is4xxClientError()).as(name + " → " + answer.getStatusCode() + " " + answer.getBody())
			.isTrue();
		assertThat(answer.getBody()).as(name).isNotBlank();
		if (path.startsWith("/api/")) {
			assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(name)
				.isTrue();
			assertThat(answer.getBody()).as(name).contains("\"detail\":");
		}
		assertThat(runtimeService.createProcessInstanceQuery().count()).as(name).isEqualTo(instances);
		assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().count()).as(name).isEqualTo(history);
	}

	static Stream<Arguments> corpus() {
		List<Arguments> cases = new ArrayList<>();
		for (String path : List.of("/api/intakes", "/api/release-notices")) {
			cases.add(Arguments.of(path + " invalid JSON", path, "{\"personName\": "));
			cases.add(Arguments.of(path + " an array", path, "[1,2]"));
			cases.add(Arguments.of(path + " a string", path, "\"hello\""));
			cases.add(Arguments.of(path + " empty object", path, "{}"));
		}
		Map<String, Object> intake = IntakeScenarios.application(java.time.LocalDate.now().minusDays(2), "MALE");
		for (String field : intake.keySet()) {
			cases.add(json("/api/intakes without " + field, "/api/intakes", without(intake, field)));
			cases.add(json("/api/intakes " + field + " 10,000 characters", "/api/intakes", with(intake, field, LONG)));
			cases.add(json("/api/intakes " + field + " a number", "/api/intakes", with(intake, field, 12345)));
		}
		cases.add(json("/api/intakes control characters", "/api/intakes", with(intake, "personName", CONTROL)));
		cases.add(json("/api/intakes SQL in the ID number", "/api/intakes", with(intake, "idNumber", SQL)));
		cases.add(json("/api/intakes script as gender", "/api/intakes", with(intake, "gender", SCRIPT)));
		cases.add(json("/api/intakes unknown key", "/api/intakes", with(intake, "isAdmin", "true")));
		cases.add(json("/api/intakes an object value", "/api/intakes", with(intake, "officeCode", Map.of("a", 1))));
		cases.add(json("/api/intakes term ends before it starts", "/api/intakes", with(intake, "termEnd", "2000-01-01")));
		cases.add(json("/api/intakes judgment in the future", "/api/intakes", with(intake, "judgmentEffectiveOn", "2999-01-01")));
		cases.add(json("/api/intakes no such day", "/api/intakes", with(intake, "termStart", "2026-02-30")));
		cases.add(json("/api/intakes another office", "/api/intakes", with(intake, "officeCode", "xinli")));

		Map<String, Object> notice = new HashMap<>(Map.of("prisonerNumber", "1", "personName", "赵", "idNumber",
				TestUsers.uniqueIdNumber(), "gender", "MALE", "releaseDate", java.time.LocalDate.now().plusDays(20).toString(),
				"prisonName", "乔司监狱", "offence", "盗窃罪", "offenceType", "PROPERTY", "sentence", "12", "prisonAssessment", "GOOD"));
		notice.put("officeCode", "sangzhou");
		for (String field : List.of("idNumber", "releaseDate", "offenceType", "sentence", "officeCode", "prisonName")) {
			cases.add(json("/api/release-notices without " + field, "/api/release-notices", without(notice, field)));
			cases.add(json("/api/release-notices " + field + " 10,000 characters", "/api/release-notices",
					with(notice, field, LONG)));
		}
		cases.add(json("/api/release-notices release in 1900", "/api/release-notices", with(notice, "releaseDate", "1900-01-01")));
		cases.add(json("/api/release-notices release in 9999", "/api/release-notices", with(notice, "releaseDate", "9999-12-31")));
		cases.add(json("/api/release-notices negative sentence", "/api/release-notices", with(notice, "sentence", -3)));
		cases.add(json("/api/release-notices fractional sentence", "/api/release-notices", with(notice, "sentence", 1.5)));
		cases.add(json("/api/release-notices SQL as office", "/api/release-notices", with(notice, "officeCode", SQL)));
		cases.add(json("/api/release-notices script as category", "/api/release-notices",
				with(notice, "offenceType", SCRIPT)));
		cases.add(json("/api/release-notices boolean value", "/api/release-notices", with(notice, "gender", true)));

		for (String key : List.of("intake", "leave", "relocation", "prison-handover", "assistance-end")) {
			for (String action : List.of("submit-form", "start")) {
				String path = "/engine-rest/process-definition/key/" + key + "/" + action;
				cases.add(Arguments.of(path + " without variables", path, "{\"variables\":{}}"));
				cases.add(Arguments.of(path + " wrong types", path,
						"{\"variables\":{\"caseNumber\":{\"value\":5,\"type\":\"Integer\"},\"officeCode\":{\"value\":true,\"type\":\"Boolean\"}}}"));
			}
		}
		cases.add(Arguments.of("leave for a case that does not exist", "/engine-rest/process-definition/key/leave/submit-form",
				"{\"variables\":{\"caseNumber\":{\"value\":\"" + SQL + "\"},\"leaveFrom\":{\"value\":\"2026-12-01\"},"
						+ "\"leaveTo\":{\"value\":\"2026-12-02\"},\"destination\":{\"value\":\"宁波\"},\"reason\":{\"value\":\"探亲\"}}}"));
		cases.add(Arguments.of("engine REST invalid JSON", "/engine-rest/process-definition/key/intake/submit-form", "{\"variables\":"));
		cases.add(Arguments.of("a task that does not exist", "/engine-rest/task/no-such-task/submit-form", "{\"variables\":{}}"));
		return cases.stream();
	}

	private static Arguments json(String name, String path, Map<String, Object> body) {
		try {
			return Arguments.of(name, path, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body));
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(map);
		copy.put(key, value);
		return copy;
	}

	private static Map<String, Object> without(Map<String, Object> map, String key) {
		Map<String, Object> copy = new LinkedHashMap<>(map);
		copy.remove(key);
		return copy;
	}

}
