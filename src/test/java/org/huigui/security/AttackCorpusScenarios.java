package org.huigui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.huigui.aftercare.AssistanceBasis;
import org.huigui.aftercare.AssistanceCategory;
import org.huigui.aftercare.AssistanceRequest;
import org.huigui.aftercare.AssistanceStart;
import org.huigui.casefile.Gender;
import org.huigui.casefile.NewPerson;
import org.huigui.intake.IntakeScenarios;
import org.huigui.system.ProcessDriver;
import org.huigui.system.ProcessScenarios;
import org.huigui.system.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every request an attacker inside the county has tried (issue "The record decides"), as staff, heads and
 * bureaus of two counties, through the engine REST API: each is refused with a 4xx that names what was refused,
 * and the case store, the engine's tasks, jobs, variables and grants are exactly as before. Afterwards the
 * consistency check finds nothing. On H2 ({@link AttackCorpusTest}) and PostgreSQL ({@link AttackCorpusIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AttackCorpusScenarios extends ProcessScenarios {

	static final String ADMIN = "attack-admin";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

	@Autowired
	AssistanceStart assistanceStart;

	@Autowired
	JdbcTemplate jdbc;

	/** The ids the corpus's paths and bodies name: {@code {intakeTask}} and so on. */
	final Map<String, String> world = new HashMap<>();

	@BeforeAll
	void aWorldOfOpenWork() {
		logins();
		TestUsers.ensure(identityService, ADMIN, "camunda-admin");
		ProcessDriver.clockAt(LocalDate.of(2026, 2, 10));
		String intake = startIntake("sangzhou-staff", "sangzhou");
		world.put("intakeCase", intake);
		world.put("intakeInstance", instance(intake, "intake").getId());
		world.put("intakeTask", task(intake, "Task_CheckDocuments").getId());
		world.put("reportTask", task(intake, "Task_RegisterReport").getId());
		String xinli = startIntake("xinli-staff", "xinli");
		world.put("xinliTask", task(xinli, "Task_CheckDocuments").getId());

		String leaveCase = IntakeScenarios.underSupervision(rest, driver);
		String shortLeaveCase = IntakeScenarios.underSupervision(rest, driver);
		String relocationCase = IntakeScenarios.underSupervision(rest, driver);
		String consultedCase = IntakeScenarios.underSupervision(rest, driver);
		world.put("leaveCase", leaveCase);
		world.put("relocationCase", relocationCase);
		ProcessDriver.clockAt(LocalDate.of(2026, 3, 2));
		startForm("sangzhou-staff", "leave", leave(leaveCase, "2026-03-10", "2026-03-19"));
		world.put("officeOpinionTask", task(leaveCase, "Task_OfficeOpinion").getId());
		ProcessInstance shortLeave = startForm("sangzhou-staff", "leave", leave(shortLeaveCase, "2026-03-10", "2026-03-12"));
		world.put("leaveInstance", shortLeave.getId());
		world.put("headApprovalTask", task(shortLeaveCase, "Task_HeadApproval").getId());
		startForm("sangzhou-staff", "relocation", Map.of("caseNumber", relocationCase, "targetOfficeCode", "qiantong",
				"newAddress", "前童镇鹿山村8号", "plannedMoveOn", "2026-04-06", "reason", "随子女居住"));
		world.put("relocationOpinionTask", task(relocationCase, "Task_OfficeOpinion").getId());
		startForm("sangzhou-staff", "relocation", Map.of("caseNumber", consultedCase, "targetOfficeCode", "xinli",
				"newAddress", "新立街道1号", "plannedMoveOn", "2026-04-06", "reason", "就业"));
		driver.complete("sangzhou-staff", "Task_OfficeOpinion", consultedCase, Map.of("officeOpinion", "同意"));
		world.put("verifyAddressTask", task(consultedCase, "Task_VerifyAddress").getId());

		String supervision = instance(leaveCase, "supervision").getId();
		managementService().executeJob(managementService().createJobQuery().processInstanceId(supervision)
			.activityId("Timer_MonthEnds").singleResult().getId());
		world.put("reportingTask", task(leaveCase, "Task_Report").getId());
		world.put("assessMonthTask", task(leaveCase, "Task_AssessMonth").getId());

		String reference = receiveNotice();
		world.put("verifyTask", task(reference, "Task_Verify").getId());

		String assistance = assistanceStart.begin(new AssistanceRequest(new NewPerson("钱进", Gender.MALE,
				TestUsers.uniqueIdNumber()), "sangzhou", AssistanceCategory.KEY, AssistanceBasis.PRISON_RELEASE,
				LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), "XJ-ATTACK", "测试：刑满释放"));
		String aftercare = instance(assistance, "aftercare").getId();
		world.put("assistanceCase", assistance);
		world.put("aftercareInstance", aftercare);
		world.put("periodEndsJob", managementService().createJobQuery().processInstanceId(aftercare)
			.activityId("Timer_PeriodEnds").singleResult().getId());
		world.put("visitTask", task(assistance, "Task_Visit").getId());
		world.put("visitExecution", task(assistance, "Task_Visit").getExecutionId());

		taskService.createComment(world.get("intakeTask"), world.get("intakeInstance"), "已电话联系决定机关");
		world.put("comment", taskService.getTaskComments(world.get("intakeTask")).get(0).getId());
		world.put("attachment", taskService.createAttachment("text/plain", world.get("intakeTask"),
				world.get("intakeInstance"), "谈话记录", "谈话记录", "https://example.invalid/x").getId());
		taskService.claim(world.get("reportTask"), "sangzhou-staff");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void isRefusedWithAnAnswerNamingWhat_andNothingChanges(String name, String user, HttpMethod method, String path,
			String body, int status, String named) {
		String before = everything();

		ResponseEntity<String> answer = send(user, method, resolve(path), body == null ? null : resolve(body));

		assertThat(answer.getStatusCode().value()).as(name + " → " + answer.getBody()).isEqualTo(status);
		assertThat(answer.getBody()).as(name).contains(named);
		assertThat(everything()).as(name + ": the store, tasks, jobs, variables and grants").isEqualTo(before);
	}

	@Test
	void afterTheCorpus_theConsistencyCheckFindsNothing() throws Exception {
		ResponseEntity<String> report = send(ADMIN, HttpMethod.GET, "/api/admin/consistency", null);
		assertThat(report.getStatusCode().value()).isEqualTo(200);
		assertThat(JSON.readTree(report.getBody()).path("mismatches")).as(report.getBody()).isEmpty();
	}

	@Test
	void theAdministratorStillRepairs_andTheOfficeHeadStillRetries() {
		managementService().setJobRetries(world.get("periodEndsJob"), 0);
		ResponseEntity<String> retried = send("sangzhou-head", HttpMethod.PUT,
				resolve("/engine-rest/job/{periodEndsJob}/retries"), "{\"retries\":1}");
		assertThat(retried.getStatusCode().value()).as(retried.getBody()).isEqualTo(204);
		assertThat(managementService().createJobQuery().jobId(world.get("periodEndsJob")).singleResult().getRetries())
			.isEqualTo(1);
		managementService().setJobRetries(world.get("periodEndsJob"), 3);
		ResponseEntity<String> comments = send("sangzhou-staff", HttpMethod.GET,
				resolve("/engine-rest/task/{intakeTask}/comment"), null);
		assertThat(comments.getBody()).contains("已电话联系决定机关");
		ResponseEntity<String> claimed = send("sangzhou-staff", HttpMethod.POST,
				resolve("/engine-rest/task/{intakeTask}/claim"), "{\"userId\":\"sangzhou-staff\"}");
		assertThat(claimed.getStatusCode().value()).as(claimed.getBody()).isEqualTo(204);
		taskService.setAssignee(world.get("intakeTask"), null);
	}

	@Test
	void aVariableRewrittenByTheAdministrator_routesNothing() {
		String caseNumber = startIntake("sangzhou-staff", "sangzhou");
		String instance = instance(caseNumber, "intake").getId();
		ResponseEntity<String> rewritten = send(ADMIN, HttpMethod.PUT, "/engine-rest/process-instance/" + instance
				+ "/variables/officeCode", "{\"value\":\"xinli\",\"type\":\"String\"}");
		assertThat(rewritten.getStatusCode().value()).isEqualTo(204);
		driver.complete("sangzhou-staff", "Task_CheckDocuments", caseNumber, Map.of("documentsCheck", "COMPLETE"));
		ResponseEntity<String> submitted = send("sangzhou-staff", HttpMethod.POST,
				"/engine-rest/task/" + task(caseNumber, "Task_RegisterReport").getId() + "/submit-form",
				vars(IntakeScenarios.report("2026-02-10")));
		assertThat(submitted.getStatusCode().value()).as(submitted.getBody()).isEqualTo(204);

		assertThat(taskService.getIdentityLinksForTask(task(caseNumber, "Task_BuildFile").getId()))
			.extracting(link -> link.getGroupId()).containsExactly("sangzhou-staff");
		runtimeService.setVariable(instance, "officeCode", "sangzhou");
	}

	@Test
	void pagesWithPersonalData_areNotCachedFramedOrSniffed_andARefusalIsAPage() {
		HttpHeaders accept = new HttpHeaders();
		accept.setAccept(List.of(MediaType.TEXT_HTML));
		ResponseEntity<String> page = rest.withBasicAuth("sangzhou-staff", TestUsers.PASSWORD).exchange(
				"/cases/" + world.get("intakeCase"), HttpMethod.GET, new HttpEntity<>(accept), String.class);
		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getHeaders().getCacheControl()).isEqualTo("no-store");
		assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'",
				"frame-ancestors 'none'");

		ResponseEntity<String> refused = rest.withBasicAuth("sangzhou-head", TestUsers.PASSWORD).exchange(
				"/api/reports/assistance?office=xinli", HttpMethod.GET, new HttpEntity<>(accept), String.class);
		assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
		assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(refused.getBody()).contains("无权查看该司法所");
		assertThat(send("sangzhou-head", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey="
				+ world.get("intakeCase"), null).getHeaders().getCacheControl()).isEqualTo("no-store");
	}

	static Stream<Arguments> corpus() {
		List<Arguments> corpus = new ArrayList<>();
		String task = "/engine-rest/task/";
		for (String action : List.of("submit-form", "complete", "resolve")) {
			corpus.add(refused("staff reroutes the intake to another county by " + action, "sangzhou-staff", HttpMethod.POST,
					task + "{intakeTask}/" + action, vars("documentsCheck", "COMPLETE", "officeCode", "xinli"), 400,
					"officeCode"));
		}
		corpus.add(refused("staff sends the leave opinion to another county", "sangzhou-staff", HttpMethod.POST,
				task + "{officeOpinionTask}/submit-form", vars("officeOpinion", "同意", "countyCode", "dongli"), 400,
				"countyCode"));
		corpus.add(refused("staff sends the relocation elsewhere", "sangzhou-staff", HttpMethod.POST,
				task + "{relocationOpinionTask}/submit-form", vars("officeOpinion", "同意", "targetOfficeCode", "xinli"), 400,
				"targetOfficeCode"));
		corpus.add(refused("head moves the leave's end", "sangzhou-head", HttpMethod.POST,
				task + "{headApprovalTask}/submit-form", vars("decision", "APPROVE", "leaveTo", "2026-12-31"), 400, "leaveTo"));
		corpus.add(refused("staff moves the release date on 核查", "sangzhou-staff", HttpMethod.POST,
				task + "{verifyTask}/submit-form", vars("releaseDate", "2027-01-01"), 400, "releaseDate"));
		corpus.add(refused("staff grants relief to a person with an income", "sangzhou-staff", HttpMethod.POST,
				task + "{verifyTask}/complete", vars("needsRelief", true), 400, "needsRelief"));
		corpus.add(refused("staff renames the case in Tasklist's columns", "sangzhou-staff", HttpMethod.POST,
				task + "{intakeTask}/submit-form", vars("documentsCheck", "COMPLETE", "personName", "王五"), 400,
				"personName"));
		corpus.add(refused("staff sends another case number", "sangzhou-staff", HttpMethod.POST,
				task + "{intakeTask}/submit-form", vars("documentsCheck", "COMPLETE", "caseNumber", "{leaveCase}"), 400,
				"caseNumber"));
		corpus.add(refused("a choice as a number", "sangzhou-staff", HttpMethod.POST, task + "{intakeTask}/submit-form",
				"{\"variables\":{\"documentsCheck\":{\"value\":1}}}", 400, "documentsCheck"));
		corpus.add(refused("a serialized Java object", "sangzhou-staff", HttpMethod.POST, task + "{intakeTask}/submit-form",
				"{\"variables\":{\"documentsCheck\":{\"value\":\"rO0ABXQAA2FiYw==\",\"type\":\"Object\",\"valueInfo\":"
						+ "{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}",
				400, "documentsCheck"));
		corpus.add(refused("an object as text", "sangzhou-staff", HttpMethod.POST, task + "{intakeTask}/submit-form",
				"{\"variables\":{\"missingDocuments\":{\"value\":{\"a\":1},\"type\":\"String\"}}}", 400, "missingDocuments"));
		corpus.add(refused("5,000 characters", "sangzhou-staff", HttpMethod.POST, task + "{intakeTask}/submit-form",
				vars("documentsCheck", "INCOMPLETE", "missingDocuments", "长".repeat(5000)), 400, "missingDocuments"));
		corpus.add(refused("a checkbox as text", "sangzhou-staff", HttpMethod.POST, task + "{verifyTask}/submit-form",
				vars("villageVerified", "yes"), 400, "villageVerified"));
		corpus.add(refused("staff raises the month's score the system gave", "sangzhou-staff", HttpMethod.POST,
				task + "{assessMonthTask}/submit-form", vars("scoreDecision", "CONFIRM", "proposedScore", 100), 400,
				"proposedScore"));
		corpus.add(refused("staff rewrites the month's record", "sangzhou-staff", HttpMethod.POST,
				task + "{assessMonthTask}/submit-form", vars("scoreDecision", "CONFIRM", "monthRecord", "全部按期"), 400,
				"monthRecord"));
		corpus.add(refused("staff records a report for another period", "sangzhou-staff", HttpMethod.POST,
				task + "{reportingTask}/submit-form", vars("doneOn", "2026-03-02", "channel", "IN_PERSON", "summary", "按时报到",
						"period", "2026-03-01 至 2026-03-07"), 400, "period"));
		corpus.add(refused("staff moves the reporting to another office", "sangzhou-staff", HttpMethod.POST,
				task + "{reportingTask}/complete", vars("doneOn", "2026-03-02", "channel", "IN_PERSON", "summary", "按时报到",
						"officeCode", "xinli"), 400, "officeCode"));
		corpus.add(refused("a check-in for another county's case", "xinli-staff", HttpMethod.POST, "/api/check-ins",
				"{\"caseNumber\":\"{leaveCase}\",\"at\":\"2026-03-02T08:00:00+08:00\",\"kind\":\"LOCATION\","
						+ "\"place\":\"新立街道\",\"result\":\"NORMAL\"}", 400, "caseNumber"));
		corpus.add(refused("a check-in with a field of its own", "sangzhou-staff", HttpMethod.POST, "/api/check-ins",
				"{\"caseNumber\":\"{leaveCase}\",\"at\":\"2026-03-02T08:00:00+08:00\",\"kind\":\"LOCATION\","
						+ "\"place\":\"桑洲镇\",\"result\":\"NORMAL\",\"officeCode\":\"xinli\"}", 400, "officeCode"));
		corpus.add(refused("task local variables", "sangzhou-staff", HttpMethod.PUT,
				task + "{intakeTask}/localVariables/officeCode", "{\"value\":\"xinli\"}", 403, "Authorization"));
		corpus.add(refused("task variables", "sangzhou-staff", HttpMethod.POST, task + "{intakeTask}/variables",
				"{\"modifications\":{\"officeCode\":{\"value\":\"xinli\"}}}", 403, "Authorization"));

		String start = "/engine-rest/process-definition/key/";
		Map<String, Object> leave = Map.of("caseNumber", "{leaveCase}", "leaveFrom", "2026-03-10", "leaveTo", "2026-03-11",
				"destination", "宁波", "reason", "探亲");
		corpus.add(refused("a leave start with another office", "sangzhou-staff", HttpMethod.POST, start + "leave/submit-form",
				vars(with(leave, "officeCode", "xinli")), 400, "officeCode"));
		corpus.add(refused("a relocation start with another office", "sangzhou-staff", HttpMethod.POST,
				start + "relocation/start", vars(Map.of("caseNumber", "{relocationCase}", "officeCode", "xinli")), 400,
				"officeCode"));
		corpus.add(refused("a start with a business key", "sangzhou-staff", HttpMethod.POST, start + "leave/submit-form",
				"{\"businessKey\":\"{intakeCase}\"," + vars(leave).substring(1), 400, "businessKey"));
		corpus.add(refused("a start before 列入在矫管理", "sangzhou-head", HttpMethod.POST, start + "intake/start",
				"{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_ActivateCase\"}]}", 400,
				"startInstructions"));
		corpus.add(refused("a start skipping the listeners", "sangzhou-staff", HttpMethod.POST, start + "leave/start",
				"{\"skipCustomListeners\":true," + vars(leave).substring(1), 400, "skipCustomListeners"));
		corpus.add(refused("assistance started by hand", "sangzhou-staff", HttpMethod.POST, start + "aftercare/start",
				vars("officeCode", "sangzhou"), 403, "由系统"));
		corpus.add(refused("supervision started by hand", "sangzhou-head", HttpMethod.POST, start + "supervision/start",
				vars("caseNumber", "{leaveCase}"), 403, "由系统"));
		corpus.add(refused("a verification started by hand", "ninghai-bureau", HttpMethod.POST,
				start + "relocation-verification/start", "{}", 403, "由系统"));

		String instance = "/engine-rest/process-instance/";
		for (String head : List.of("sangzhou-head", "ninghai-bureau")) {
			corpus.add(refused(head + " rewrites a variable", head, HttpMethod.PUT, instance + "{intakeInstance}/variables/officeCode",
					"{\"value\":\"xinli\",\"type\":\"String\"}", 403, "Authorization"));
			corpus.add(refused(head + " modifies variables", head, HttpMethod.POST, instance + "{aftercareInstance}/variables",
					"{\"modifications\":{\"category\":{\"value\":\"GENERAL\"}}}", 403, "Authorization"));
			corpus.add(refused(head + " moves the intake past its steps", head, HttpMethod.POST,
					instance + "{intakeInstance}/modification",
					"{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_CheckDocuments\"},"
							+ "{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_ActivateCase\"}]}",
					403, "Authorization"));
			corpus.add(refused(head + " runs 帮教期满 today", head, HttpMethod.POST, "/engine-rest/job/{periodEndsJob}/execute",
					null, 403, "不能提前执行"));
			corpus.add(refused(head + " moves a timer", head, HttpMethod.PUT, "/engine-rest/job/{periodEndsJob}/duedate",
					"{\"duedate\":\"2026-03-03T00:00:00.000+0800\"}", 403, "Authorization"));
			corpus.add(refused(head + " stops a timer by taking its retries", head, HttpMethod.PUT,
					"/engine-rest/job/{periodEndsJob}/retries", "{\"retries\":0}", 403, "只能重试已失败的步骤"));
			corpus.add(refused(head + " retries a waiting timer", head, HttpMethod.PUT,
					"/engine-rest/job/{periodEndsJob}/retries", "{\"retries\":5}", 403, "只能重试已失败的步骤"));
			corpus.add(refused(head + " sends a signal", head, HttpMethod.POST, "/engine-rest/signal",
					"{\"name\":\"AssistanceEnded\"}", 403, "不能从外部触发"));
			corpus.add(refused(head + " triggers a message subscription", head, HttpMethod.POST,
					"/engine-rest/execution/{aftercareInstance}/messageSubscriptions/AssistanceEnded/trigger", "{}", 403,
					"Authorization"));
			corpus.add(refused(head + " ends an assistance by message", head, HttpMethod.POST, "/engine-rest/message",
					"{\"messageName\":\"AssistanceEnded\",\"businessKey\":\"{assistanceCase}\","
							+ "\"processVariables\":{\"endReason\":{\"value\":\"DIED\"},\"endedOn\":{\"value\":\"2026-03-02\"}}}",
					403, "不能从外部触发"));
			corpus.add(refused(head + " releases every relocation", head, HttpMethod.POST, "/engine-rest/message",
					"{\"messageName\":\"RelocationAddressVerified\",\"all\":true,"
							+ "\"processVariables\":{\"addressVerified\":{\"value\":true}}}",
					403, "不能从外部触发"));
			corpus.add(refused(head + " cancels an instance", head, HttpMethod.DELETE, instance + "{leaveInstance}", null, 403,
					"Authorization"));
			corpus.add(refused(head + " suspends an instance", head, HttpMethod.PUT, instance + "{leaveInstance}/suspended",
					"{\"suspended\":true}", 403, "Authorization"));
			corpus.add(refused(head + " writes an execution's variable", head, HttpMethod.PUT,
					"/engine-rest/execution/{visitExecution}/localVariables/visitDue", "{\"value\":\"2030-01-01\"}", 403,
					"Authorization"));
			corpus.add(refused(head + " reads the metrics", head, HttpMethod.GET, "/engine-rest/metrics/activity-instance-start/sum",
					null, 403, "管理员"));
		}
		corpus.add(refused("another county's head submits a task", "xinli-head", HttpMethod.POST,
				task + "{intakeTask}/submit-form", vars("documentsCheck", "COMPLETE"), 403, "Authorization"));
		corpus.add(refused("another county's bureau rewrites a variable", "dongli-bureau", HttpMethod.PUT,
				instance + "{intakeInstance}/variables/officeCode", "{\"value\":\"xinli\"}", 403, "Authorization"));

		corpus.add(refused("the receiving county answers for another relocation", "dongli-bureau", HttpMethod.POST,
				task + "{verifyAddressTask}/submit-form",
				vars("addressCheck", "CONFIRMED", "verificationNote", "属实", "requestingProcessInstanceId", "{leaveInstance}"),
				400, "requestingProcessInstanceId"));
		corpus.add(refused("staff claims for another county's user", "sangzhou-staff", HttpMethod.POST,
				task + "{intakeTask}/claim", "{\"userId\":\"xinli-staff\"}", 403, "xinli-staff"));
		corpus.add(refused("staff claims for a colleague", "sangzhou-staff", HttpMethod.POST, task + "{intakeTask}/claim",
				"{\"userId\":\"sangzhou-head\"}", 403, "只能为自己认领"));
		corpus.add(refused("a head assigns to another county", "sangzhou-head", HttpMethod.POST,
				task + "{intakeTask}/assignee", "{\"userId\":\"xinli-staff\"}", 403, "xinli-staff"));
		corpus.add(refused("a task someone has claimed", "sangzhou-head", HttpMethod.POST, task + "{reportTask}/claim",
				"{\"userId\":\"sangzhou-head\"}", 409, "sangzhou-staff"));
		corpus.add(refused("another county reads a comment", "xinli-staff", HttpMethod.GET, task + "{intakeTask}/comment/{comment}",
				null, 404, "不属于本所"));
		corpus.add(refused("another county reads an attachment", "dongli-bureau", HttpMethod.GET,
				task + "{intakeTask}/attachment/{attachment}/data", null, 404, "不属于本所"));
		corpus.add(refused("another county comments", "xinli-staff", HttpMethod.POST, task + "{intakeTask}/comment/create",
				"{\"message\":\"x\"}", 404, "不属于本所"));
		corpus.add(refused("the office deletes a comment", "sangzhou-staff", HttpMethod.DELETE,
				task + "{intakeTask}/comment/{comment}", null, 403, "不能修改或删除"));
		corpus.add(refused("the office deletes an attachment", "sangzhou-head", HttpMethod.DELETE,
				task + "{intakeTask}/attachment/{attachment}", null, 403, "不能修改或删除"));
		corpus.add(refused("a comment rewritten", "sangzhou-staff", HttpMethod.PUT, task + "comment",
				"{\"id\":\"{comment}\",\"taskId\":\"{intakeTask}\",\"message\":\"改\"}", 403, "不能修改或删除"));
		corpus.add(refused("a task made up", "sangzhou-head", HttpMethod.POST, task + "create",
				"{\"name\":\"假任务\",\"candidateGroups\":\"xinli-staff\"}", 403, "任务只由流程产生"));
		return corpus.stream();
	}

	private static Arguments refused(String name, String user, HttpMethod method, String path, String body, int status,
			String named) {
		return Arguments.of(name, user, method, path, body, status, named);
	}

	private static String vars(Object... keysAndValues) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			values.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return vars(values);
	}

	private static String vars(Map<String, Object> values) {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((key, value) -> variables.put(key, Map.of("value", value)));
		try {
			return JSON.writeValueAsString(Map.of("variables", variables));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(map);
		copy.put(key, value);
		return copy;
	}

	private String resolve(String template) {
		Matcher placeholder = PLACEHOLDER.matcher(template);
		StringBuilder resolved = new StringBuilder();
		while (placeholder.find()) {
			String id = world.get(placeholder.group(1));
			placeholder.appendReplacement(resolved, Matcher.quoteReplacement(id != null ? id : placeholder.group()));
		}
		return placeholder.appendTail(resolved).toString();
	}

	ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		return rest.withBasicAuth(user, TestUsers.PASSWORD).exchange(path, method, new HttpEntity<>(body, headers),
				String.class);
	}

	/**
	 * Everything a refused request must leave as it was: the case store's tables, and the engine's executions,
	 * tasks with their candidates and due dates, jobs, variables, grants, comments and attachments.
	 */
	private String everything() {
		StringBuilder all = new StringBuilder();
		for (String table : List.of("case_file", "person", "timeline_event", "leave_request", "relocation_request",
				"release_notice", "assistance", "group_member", "signed_document", "supervision", "supervision_period", "check_in",
				"check_in_miss", "supervision_month", "supervision_session", "session_attendance")) {
			all.append(table).append(jdbc.queryForList("select * from " + table + " order by 1")).append('\n');
		}
		for (String query : List.of("select ID_, ACT_ID_, BUSINESS_KEY_, SUSPENSION_STATE_ from ACT_RU_EXECUTION order by ID_",
				"select ID_, TASK_DEF_KEY_, ASSIGNEE_, DUE_DATE_, NAME_ from ACT_RU_TASK order by ID_",
				"select TASK_ID_, GROUP_ID_, USER_ID_, TYPE_ from ACT_RU_IDENTITYLINK order by TASK_ID_, GROUP_ID_, USER_ID_, TYPE_",
				"select ID_, DUEDATE_, RETRIES_, SUSPENSION_STATE_ from ACT_RU_JOB order by ID_",
				"select EXECUTION_ID_, NAME_, TYPE_, TEXT_, LONG_ from ACT_RU_VARIABLE order by EXECUTION_ID_, NAME_",
				"select GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_ from ACT_RU_AUTHORIZATION "
						+ "order by RESOURCE_TYPE_, RESOURCE_ID_, GROUP_ID_, USER_ID_",
				"select ID_, MESSAGE_ from ACT_HI_COMMENT order by ID_", "select ID_, NAME_ from ACT_HI_ATTACHMENT order by ID_")) {
			all.append(jdbc.queryForList(query)).append('\n');
		}
		return all.toString();
	}

	private String startIntake(String user, String office) {
		Map<String, Object> application = IntakeScenarios.application(LocalDate.of(2026, 2, 9), "MALE");
		application.put("officeCode", office);
		ResponseEntity<Map> started = rest.withBasicAuth(user, TestUsers.PASSWORD).postForEntity("/api/intakes", application,
				Map.class);
		assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(201);
		return (String) started.getBody().get("caseNumber");
	}

	private String receiveNotice() {
		ResponseEntity<Map> received = rest.withBasicAuth("sangzhou-staff", TestUsers.PASSWORD)
			.postForEntity("/api/release-notices", notice(), Map.class);
		assertThat(received.getStatusCode().value()).as(String.valueOf(received.getBody())).isEqualTo(201);
		return (String) received.getBody().get("reference");
	}

	private static Map<String, Object> notice() {
		Map<String, Object> notice = new HashMap<>(Map.of("prisonerNumber", "3302269999", "personName", "赵小军", "idNumber",
				TestUsers.uniqueIdNumber(), "gender", "MALE", "releaseDate", "2026-04-01", "prisonName", "浙江省乔司监狱",
				"offence", "盗窃罪", "offenceType", "PROPERTY", "sentence", "36", "prisonAssessment", "GOOD"));
		notice.put("officeCode", "sangzhou");
		return notice;
	}

	private static Map<String, Object> leave(String caseNumber, String from, String to) {
		return new HashMap<>(Map.of("caseNumber", caseNumber, "leaveFrom", from, "leaveTo", to, "destination", "浙江省宁波市",
				"reason", "探望住院的母亲"));
	}

	private ProcessInstance instance(String businessKey, String processKey) {
		return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
			.processDefinitionKey(processKey).singleResult();
	}

	private Task task(String businessKey, String taskKey) {
		return driver.task(businessKey, taskKey);
	}

	private org.camunda.bpm.engine.ManagementService managementService() {
		return processEngine.getManagementService();
	}

}
