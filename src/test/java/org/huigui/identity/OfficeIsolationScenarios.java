package org.huigui.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.huigui.intake.IntakeScenarios;
import org.huigui.system.ProcessDriver;
import org.huigui.system.ProcessScenarios;
import org.huigui.system.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Office isolation through Camunda's own authorizations, as each kind of user sees it through the engine
 * REST API (which Cockpit and Tasklist use too) and {@code /api}: staff and heads see their office, a
 * county bureau its county's offices, nobody another county's; access moves with a case.
 */
abstract class OfficeIsolationScenarios extends ProcessScenarios {

	private static final String TASK_REPORT = "/engine-rest/task/report/candidate-group-count";

	@Autowired
	OfficeAccess officeAccess;

	@Autowired
	AuthorizationService authorizationService;

	@Autowired
	OrganisationSetup organisationSetup;

	@Autowired
	Authorizations authorizations;

	String sangzhouCase;

	String sangzhouInstance;

	String xinliCase;

	String xinliInstance;

	@BeforeEach
	void oneIntakeAtEachOffice() {
		ProcessDriver.clockAt(LocalDate.of(2026, 3, 2));
		sangzhouCase = intake("sangzhou-staff", "sangzhou");
		xinliCase = intake("xinli-staff", "xinli");
		sangzhouInstance = instanceOf(sangzhouCase);
		xinliInstance = instanceOf(xinliCase);
	}

	@Test
	void headsAndBureaus_seeTheirOfficesInstancesAndHistory_andNoOthers() {
		assertThat(businessKeys("sangzhou-head", "/engine-rest/process-instance?processDefinitionKey=intake"))
			.contains(sangzhouCase).doesNotContain(xinliCase);
		assertThat(businessKeys("sangzhou-head", "/engine-rest/history/process-instance?processDefinitionKey=intake"))
			.contains(sangzhouCase).doesNotContain(xinliCase);
		assertThat(businessKeys("ninghai-bureau", "/engine-rest/process-instance?processDefinitionKey=intake"))
			.contains(sangzhouCase).doesNotContain(xinliCase);
		assertThat(businessKeys("dongli-bureau", "/engine-rest/process-instance?processDefinitionKey=intake"))
			.contains(xinliCase).doesNotContain(sangzhouCase);
		assertThat(businessKeys("xinli-head", "/engine-rest/history/process-instance?processDefinitionKey=intake"))
			.contains(xinliCase).doesNotContain(sangzhouCase);

		assertThat(get("sangzhou-head", "/engine-rest/process-instance/" + xinliInstance, Map.class).getStatusCode()
			.is4xxClientError()).isTrue();
		assertThat(get("sangzhou-head", "/engine-rest/process-instance/" + sangzhouInstance, Map.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(get("sangzhou-head", "/engine-rest/variable-instance?processInstanceIdIn=" + xinliInstance, List.class)
			.getBody()).isEmpty();
		assertThat(get("sangzhou-head", "/engine-rest/history/variable-instance?processInstanceId=" + xinliInstance,
				List.class).getBody()).isEmpty();
	}

	@Test
	void cockpitsCountsPerProcess_countOnlyTheInstancesTheUserMaySee() {
		String intake = runtimeService.createProcessInstanceQuery().processInstanceId(sangzhouInstance).singleResult()
			.getProcessDefinitionId();
		long everyOffice = runtimeService.createProcessInstanceQuery().processDefinitionId(intake).count();
		for (String user : List.of("sangzhou-head", "xinli-head", "ninghai-bureau")) {
			List<Map<String, Object>> statistics = get(user, "/engine-rest/process-definition/statistics?rootIncidents=true",
					List.class).getBody();
			Map<String, Object> row = statistics.stream().filter(r -> intake.equals(r.get("id"))).findFirst().orElseThrow();
			Map<String, Object> visible = get(user, "/engine-rest/process-instance/count?processDefinitionId=" + intake,
					Map.class).getBody();
			assertThat(row.get("instances")).as(user).isEqualTo(visible.get("count"));
			assertThat(((Number) row.get("instances")).longValue()).as(user).isPositive().isLessThan(everyOffice);
		}
	}

	@Test
	void cockpitsTaskCountsPerGroup_countTheTasksTheUserMaySee_inTheGroupsOfTheirOwnOffices() {
		String sangzhouTask = taskService.createTaskQuery().processInstanceId(sangzhouInstance)
			.taskDefinitionKey("Task_CheckDocuments").singleResult().getId();
		// also the county's and another county's: the bureau may read it now, the head's report names no other county
		taskService.addCandidateGroup(sangzhouTask, "ninghai-bureau");
		taskService.addCandidateGroup(sangzhouTask, "xinli-staff");

		Map<String, Integer> head = taskCounts("sangzhou-head");
		assertThat(head).containsEntry("sangzhou-staff", openTasksOf("sangzhou-staff"))
			.containsEntry("ninghai-bureau", 1);
		assertThat(head.keySet()).allMatch(group -> group.startsWith("sangzhou-") || group.equals("ninghai-bureau"));
		Map<String, Integer> bureau = taskCounts("ninghai-bureau");
		assertThat(bureau).containsEntry("ninghai-bureau", openTasksOf("ninghai-bureau")).containsEntry("sangzhou-staff", 1);
		assertThat(bureau.keySet()).allMatch(group -> group.matches("(sangzhou|qiantong)-(staff|head)|ninghai-bureau"));
		Map<String, Integer> xinli = taskCounts("xinli-head");
		assertThat(xinli).containsEntry("xinli-staff", openTasksOf("xinli-staff"));
		assertThat(xinli.keySet()).allMatch(group -> group.startsWith("xinli-") || group.equals("dongli-bureau"));
		assertThat(taskCounts("dongli-bureau").keySet()).allMatch(group -> group.equals("dongli-bureau"));

		ResponseEntity<String> csv = rest.withBasicAuth("sangzhou-head", TestUsers.PASSWORD).exchange(TASK_REPORT,
				HttpMethod.GET, new HttpEntity<>(headers("text/csv")), String.class);
		assertThat(csv.getBody()).startsWith("CANDIDATE_GROUP_NAME,TASK_COUNT")
			.contains("sangzhou-staff," + openTasksOf("sangzhou-staff"))
			.doesNotContain("xinli");

		ResponseEntity<Map> staff = get("sangzhou-staff", TASK_REPORT, Map.class);
		assertThat(staff.getStatusCode()).as(String.valueOf(staff.getBody())).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(staff.getBody()).containsEntry("type", "AuthorizationException");

		List<Map<String, Object>> everyOffice = rest.withBasicAuth(administrator, administratorPassword)
			.getForEntity(TASK_REPORT, List.class).getBody();
		assertThat(everyOffice).extracting(row -> row.get("groupName"))
			.contains("sangzhou-staff", "ninghai-bureau", "xinli-staff");
		assertThat(everyOffice).filteredOn(row -> "xinli-staff".equals(row.get("groupName"))).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("taskCount", openTasksOf("xinli-staff")));
	}

	@Test
	void staffAndHeads_seeOnlyTheirOfficesTasks() {
		assertThat(taskInstances("sangzhou-staff")).contains(sangzhouInstance).doesNotContain(xinliInstance);
		assertThat(taskInstances("sangzhou-head")).contains(sangzhouInstance).doesNotContain(xinliInstance);
		assertThat(taskInstances("xinli-staff")).contains(xinliInstance).doesNotContain(sangzhouInstance);
		assertThat(taskInstances("ninghai-bureau")).doesNotContain(xinliInstance);
	}

	@Test
	void checksTakeTheUsersGroupsAsTheyAre_withoutReadingEveryGrant_andAnswerAsBefore() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine
			.getProcessEngineConfiguration();
		List<String> groups = configuration.getCommandExecutorTxRequired().execute(context -> context
			.getAuthorizationManager().filterAuthenticatedGroupIds(List.of("sangzhou-staff", "no-grants", "sangzhou-staff")));
		assertThat(groups).containsExactly("sangzhou-staff", "no-grants");

		identityService.setAuthentication("sangzhou-staff", List.of("no-grants", "sangzhou-staff"));
		try {
			assertThat(taskService.createTaskQuery().list()).extracting("processInstanceId").contains(sangzhouInstance)
				.doesNotContain(xinliInstance);
		}
		finally {
			identityService.clearAuthentication();
		}
		identityService.setAuthentication("sangzhou-staff", List.of("no-grants"));
		try {
			assertThat(taskService.createTaskQuery().list()).isEmpty();
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	@Test
	void anotherOfficesTask_isRefusedAs403_notAsTakenByAColleague() {
		String sangzhouTask = taskService.createTaskQuery().processInstanceId(sangzhouInstance)
			.taskDefinitionKey("Task_CheckDocuments").singleResult().getId();
		ResponseEntity<Map> refused = rest.withBasicAuth("xinli-staff", TestUsers.PASSWORD).postForEntity(
				"/engine-rest/task/" + sangzhouTask + "/submit-form",
				Map.of("variables", Map.of("documentsCheck", Map.of("value", "COMPLETE"))), Map.class);
		assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody())).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(taskService.createTaskQuery().taskId(sangzhouTask).count()).isOne();
	}

	@Test
	void nobodyStartsWorkForAnotherOffice_orLearnsAboutItsCases() {
		Map<String, Object> foreignIntake = IntakeScenarios.application(LocalDate.of(2026, 3, 1), "MALE");
		ResponseEntity<Map> refused = rest.withBasicAuth("xinli-staff", TestUsers.PASSWORD).postForEntity("/api/intakes",
				foreignIntake, Map.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody()).containsEntry("field", "officeCode");

		String supervised = IntakeScenarios.underSupervision(rest, driver);
		Map<String, Object> variables = Map.of("caseNumber", Map.of("value", supervised), "leaveFrom",
				Map.of("value", "2026-03-20"), "leaveTo", Map.of("value", "2026-03-22"), "destination", Map.of("value", "宁波"),
				"reason", Map.of("value", "探亲"));
		ResponseEntity<Map> leave = rest.withBasicAuth("xinli-staff", TestUsers.PASSWORD).postForEntity(
				"/engine-rest/process-definition/key/leave/submit-form", Map.of("variables", variables), Map.class);
		assertThat(leave.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) leave.getBody().get("message")).contains("caseNumber", "不存在").doesNotContain("在矫");
		assertThat(get("xinli-staff", "/api/cases/" + supervised, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get("xinli-head", "/api/cases?office=sangzhou", Map.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void idNumbers_areMaskedInEveryListAndInTheEngine_andWholeOnlyOnTheCasePage() {
		Map<String, Object> person = (Map<String, Object>) get("sangzhou-staff", "/api/cases/" + sangzhouCase, Map.class)
			.getBody().get("person");
		String idNumber = (String) person.get("idNumber");
		String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
		assertThat(idNumber).matches("\\d{17}[\\dX]");

		List<Map<String, Object>> cases = (List<Map<String, Object>>) get("sangzhou-staff",
				"/api/cases?office=sangzhou&q=" + sangzhouCase, Map.class).getBody().get("items");
		assertThat(cases).filteredOn(c -> sangzhouCase.equals(c.get("caseNumber")))
			.singleElement().satisfies(c -> assertThat(c).containsEntry("idNumber", masked));
		for (String path : List.of("/engine-rest/variable-instance?processInstanceIdIn=" + sangzhouInstance,
				"/engine-rest/history/variable-instance?processInstanceId=" + sangzhouInstance,
				"/engine-rest/history/detail?processInstanceId=" + sangzhouInstance,
				"/engine-rest/history/user-operation?processInstanceId=" + sangzhouInstance)) {
			ResponseEntity<String> seen = get("sangzhou-head", path, String.class);
			assertThat(seen.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
			assertThat(seen.getBody()).as(path).doesNotContain(idNumber);
		}
		assertThat(get("sangzhou-head", "/engine-rest/variable-instance?variableName=idNumber&processInstanceIdIn="
				+ sangzhouInstance, List.class).getBody())
			.singleElement().satisfies(v -> assertThat((Map<String, Object>) v).containsEntry("value", masked));
	}

	@Test
	void everyChangeNamesItsUser_inTheOperationLog_readOnlyByTheInstancesOffice() {
		List<Map<String, Object>> log = get("sangzhou-head",
				"/engine-rest/history/user-operation?processInstanceId=" + sangzhouInstance, List.class).getBody();
		assertThat(log).isNotEmpty().allSatisfy(entry -> assertThat(entry.get("userId")).isEqualTo("sangzhou-staff"));
		assertThat(get("xinli-head", "/engine-rest/history/user-operation?processInstanceId=" + sangzhouInstance,
				List.class).getBody()).isEmpty();
		assertThat(get("dongli-bureau", "/engine-rest/history/user-operation?processInstanceId=" + sangzhouInstance,
				List.class).getBody()).isEmpty();
	}

	@Test
	void anonymousCallsAreRefused_andActuatorShowsOnlyHealthAndInfo() {
		for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance", "/api/cases", "/cases/" + sangzhouCase)) {
			assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(rest.getForEntity("/actuator/info", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump")) {
			assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
		}
	}

	@Test
	void whenAnInstanceMovesOffice_theOldOfficeKeepsOnlyItsHistory() {
		officeAccess.moveInstance(sangzhouInstance, "sangzhou", "xinli");
		assertThat(businessKeys("sangzhou-head", "/engine-rest/process-instance?processDefinitionKey=intake"))
			.doesNotContain(sangzhouCase);
		assertThat(businessKeys("sangzhou-head", "/engine-rest/history/process-instance?processDefinitionKey=intake"))
			.contains(sangzhouCase);
		assertThat(businessKeys("xinli-head", "/engine-rest/process-instance?processDefinitionKey=intake"))
			.contains(sangzhouCase);
		assertThat(businessKeys("dongli-bureau", "/engine-rest/process-instance?processDefinitionKey=intake"))
			.contains(sangzhouCase);
		assertThat(businessKeys("ninghai-bureau", "/engine-rest/process-instance?processDefinitionKey=intake"))
			.doesNotContain(sangzhouCase);
	}

	@Test
	void anInstallationThatGaveEveryOfficesAccess_isMovedToOfficeIsolationAtStart() throws Exception {
		authorizations.grantGroup("qiantong-head", Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
		assertThat(businessKeys("qiantong-head", "/engine-rest/process-instance?processDefinitionKey=intake"))
			.contains(sangzhouCase, xinliCase);
		authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE).resourceId(sangzhouInstance)
			.list().forEach(a -> authorizationService.deleteAuthorization(a.getId()));
		assertThat(businessKeys("sangzhou-head", "/engine-rest/process-instance?processDefinitionKey=intake"))
			.doesNotContain(sangzhouCase);

		organisationSetup.run(null);
		assertThat(businessKeys("qiantong-head", "/engine-rest/process-instance?processDefinitionKey=intake"))
			.doesNotContain(sangzhouCase, xinliCase);
		assertThat(businessKeys("sangzhou-head", "/engine-rest/process-instance?processDefinitionKey=intake"))
			.contains(sangzhouCase);
	}

	/** Cockpit's 人工任务 tab: open unassigned tasks per candidate group, as the user sees them. */
	private Map<String, Integer> taskCounts(String user) {
		ResponseEntity<Object> report = get(user, TASK_REPORT, Object.class);
		assertThat(report.getStatusCode()).as(user + ": " + report.getBody()).isEqualTo(HttpStatus.OK);
		Map<String, Integer> counts = new TreeMap<>();
		for (Object row : (List<?>) report.getBody()) {
			Map<String, Object> count = (Map<String, Object>) row;
			assertThat(count).as(user).containsOnlyKeys("groupName", "taskCount");
			counts.put((String) count.get("groupName"), (Integer) count.get("taskCount"));
		}
		return counts;
	}

	/** Counted as Camunda's report counts, past every permission. */
	private int openTasksOf(String group) {
		return (int) taskService.createTaskQuery().taskCandidateGroup(group).count();
	}

	private static HttpHeaders headers(String accept) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT, accept);
		return headers;
	}

	private String intake(String staff, String office) {
		Map<String, Object> application = IntakeScenarios.application(LocalDate.of(2026, 3, 1), "MALE");
		application.put("officeCode", office);
		ResponseEntity<Map> started = rest.withBasicAuth(staff, TestUsers.PASSWORD).postForEntity("/api/intakes", application,
				Map.class);
		assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.CREATED);
		return (String) started.getBody().get("caseNumber");
	}

	private String instanceOf(String caseNumber) {
		return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
	}

	private List<Object> businessKeys(String user, String path) {
		List<Map<String, Object>> instances = get(user, path, List.class).getBody();
		return instances.stream().map(i -> i.get("businessKey")).toList();
	}

	private List<Object> taskInstances(String user) {
		List<Map<String, Object>> tasks = get(user, "/engine-rest/task?maxResults=1000", List.class).getBody();
		return tasks.stream().map(t -> t.get("processInstanceId")).toList();
	}

	private <T> ResponseEntity<T> get(String user, String path, Class<T> type) {
		return rest.withBasicAuth(user, TestUsers.PASSWORD).getForEntity(path, type);
	}

}
