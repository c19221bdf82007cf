package org.huigui.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.task.Task;
import org.huigui.casefile.Cancellation;
import org.huigui.casefile.CaseFile;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.CaseNumbers;
import org.huigui.casefile.CaseStatus;
import org.huigui.casefile.Grade;
import org.huigui.casefile.GradeChange;
import org.huigui.casefile.Grades;
import org.huigui.casefile.Timeline;
import org.huigui.casefile.TimelineEvent;
import org.huigui.system.InputRejected;
import org.huigui.system.ProcessDriver;
import org.huigui.system.ProcessScenarios;
import org.huigui.system.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake (入矫) scenarios, run on H2 ({@link IntakeProcessTest}) and on PostgreSQL
 * ({@link IntakeProcessIT}). Staff act through the REST API and the engine's Java API as the users
 * Tasklist would authenticate; the clock is moved instead of waiting.
 */
public abstract class IntakeScenarios extends ProcessScenarios {

	static final String STAFF = "sangzhou-staff";

	static final String HEAD = "sangzhou-head";

	@Autowired
	HistoryService historyService;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	Timeline timeline;

	@Autowired
	IntakeRecords intakeRecords;

	@Autowired
	Grades grades;

	@Autowired
	CaseNumbers caseNumbers;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeEach
	void setUp() {
		clockAt(LocalDate.of(2026, 2, 10));
	}

	@AfterEach
	void tearDown() {
		identityService.clearAuthentication();
		ClockUtil.reset();
	}

	@Test
	void happyPath_fromDocumentsToSupervision() {
		String caseNumber = startIntake(application(LocalDate.of(2026, 2, 9), "MALE"));
		ProcessInstance intake = instanceOf(caseNumber);
		assertThat(caseNumber).matches("SQJZ-2026-\\d{6}");
		assertThat(intake).isWaitingAt("Task_CheckDocuments", "Task_RegisterReport");
		assertThat(intake).task("Task_CheckDocuments").hasCandidateGroup("sangzhou-staff");

		complete(STAFF, "Task_CheckDocuments", caseNumber, Map.of("documentsCheck", "COMPLETE"));
		clockAt(LocalDate.of(2026, 2, 12));
		complete(STAFF, "Task_RegisterReport", caseNumber, report("2026-02-12"));
		assertThat(intake).isWaitingAt("Task_BuildFile");
		complete(STAFF, "Task_BuildFile", caseNumber, Map.of("fileNumber", "SZ-2026-001", "fileBuiltOn", "2026-02-12"));
		complete(STAFF, "Task_PlanAndGroup", caseNumber, plan(null));
		complete(STAFF, "Task_Announce", caseNumber,
				Map.of("announcedOn", "2026-02-12", "announcementPlace", "桑洲镇司法所", "groupPresent", true));

		assertThat(intake).isEnded().hasPassed("Task_ActivateCase");
		assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(intake.getId()).singleResult()
			.getBusinessKey()).isEqualTo(caseNumber);
		CaseFile caseFile = caseFiles.get(caseNumber);
		assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.UNDER_SUPERVISION);
		assertThat(caseFile.getGrade()).isEqualTo(Grade.STRICT);
		assertThat(caseFile.getGradeReviewOn()).isEqualTo(LocalDate.of(2026, 4, 12));
		assertThat(intakeRecords.of(caseNumber).getFileNumber()).isEqualTo("SZ-2026-001");
		assertThat(intakeRecords.of(caseNumber).getReportedOn()).isEqualTo(LocalDate.of(2026, 2, 12));
		assertThat(grades.historyOf(caseNumber)).singleElement().satisfies(change -> {
			assertThat(change.getGrade()).isEqualTo(Grade.STRICT);
			assertThat(change.getReviewOn()).isEqualTo(LocalDate.of(2026, 4, 12));
			assertThat(change.getDecidedBy()).isEqualTo(STAFF);
		});
		assertThat(caseFiles.documentsOf(caseNumber)).hasSize(3);
		assertThat(caseFiles.groupOf(caseNumber)).hasSize(3);
		List<TimelineEvent> events = timeline.of(caseNumber);
		assertThat(events).extracting(TimelineEvent::getKind).startsWith("CASE_OPENED")
			.endsWith("UNDER_SUPERVISION", "SUPERVISION_STARTED")
			.doesNotContain(Cancellation.TIMELINE_KIND);
		assertThat(events).filteredOn(e -> "STEP_COMPLETED".equals(e.getKind())).hasSize(5)
			.allSatisfy(e -> assertThat(e.getUserId()).isEqualTo(STAFF));
		assertThat(events).anySatisfy(e -> assertThat(e.getDetail()).contains("已签订保证书：是"));
	}

	@Test
	void theGradeChangesOnlyWithAReason_andKeepsItsHistory_shownWithIntakesRecordOnTheCase() {
		String caseNumber = underSupervision(rest, new ProcessDriver(taskService, identityService));

		assertThatThrownBy(() -> grades.change(caseNumber, Grade.ORDINARY, null, " "))
			.isInstanceOfSatisfying(InputRejected.class, refused -> assertThat(refused.field()).isEqualTo("reason"));
		grades.change(caseNumber, Grade.ORDINARY, LocalDate.of(2026, 8, 10), "考核良好，调整为普管");

		assertThat(caseFiles.get(caseNumber).getGrade()).isEqualTo(Grade.ORDINARY);
		assertThat(grades.historyOf(caseNumber)).extracting(GradeChange::getGrade).containsExactly(Grade.STRICT,
				Grade.ORDINARY);
		assertThat(timeline.of(caseNumber)).filteredOn(e -> "GRADE_CHANGED".equals(e.getKind()))
			.extracting(TimelineEvent::getSummary).containsExactly("管理等级：严管", "管理等级由严管调整为普管");
		Map<?, ?> sections = (Map<?, ?>) rest.withBasicAuth(STAFF, TestUsers.PASSWORD)
			.getForEntity("/api/cases/" + caseNumber, Map.class).getBody().get("sections");
		assertThat((Map<?, ?>) sections.get("intake")).extracting("fileNumber", "reportedOn")
			.containsExactly("SZ-1", "2026-02-10");
		assertThat((List<?>) sections.get("grades")).hasSize(2);
		HttpHeaders html = new HttpHeaders();
		html.setAccept(List.of(MediaType.TEXT_HTML));
		String page = rest.withBasicAuth(STAFF, TestUsers.PASSWORD).exchange("/cases/" + caseNumber, HttpMethod.GET,
				new HttpEntity<>(html), String.class).getBody();
		assertThat(page).contains("<h2>入矫</h2>", "SZ-1", "<h2>管理等级记录</h2>", "考核良好，调整为普管");
	}

	@Test
	void cancelledInCockpit_closesTheCaseAsCancelled_andThePersonCanBeRegisteredAgain() {
		Map<String, Object> application = application(LocalDate.of(2026, 2, 9), "MALE");
		String caseNumber = startIntake(application);
		cancelInCockpit(instanceOf(caseNumber).getId());

		CaseFile cancelled = caseFiles.get(caseNumber);
		assertThat(cancelled.getStatus()).isEqualTo(CaseStatus.CLOSED);
		assertThat(cancelled.getClosedReason()).isEqualTo(CaseFiles.CANCELLED);
		assertThat(timeline.of(caseNumber)).haveExactly(1, cancellationBy(administrator, "未填写原因"));
		String again = startIntake(application);
		assertThat(again).isNotEqualTo(caseNumber);
		assertThat(instanceOf(again)).isWaitingAt("Task_CheckDocuments", "Task_RegisterReport");
	}

	@Test
	void planStepRedoneFromCockpit_replacesTheGroup() {
		String caseNumber = startIntake(application(LocalDate.of(2026, 2, 9), "MALE"));
		ProcessInstance intake = instanceOf(caseNumber);
		complete(STAFF, "Task_CheckDocuments", caseNumber, Map.of("documentsCheck", "COMPLETE"));
		complete(STAFF, "Task_RegisterReport", caseNumber, report("2026-02-10"));
		complete(STAFF, "Task_BuildFile", caseNumber, Map.of("fileNumber", "SZ-2026-002", "fileBuiltOn", "2026-02-10"));
		complete(STAFF, "Task_PlanAndGroup", caseNumber, plan(null));
		runtimeService.createProcessInstanceModification(intake.getId())
			.cancelAllForActivity("Task_Announce")
			.startBeforeActivity("Task_PlanAndGroup")
			.execute();

		complete(STAFF, "Task_PlanAndGroup", caseNumber, with(plan("社工 李"), "villageMember", "村委 赵"));

		assertThat(caseFiles.groupOf(caseNumber)).extracting(member -> member.getName())
			.containsExactlyInAnyOrder("陈所", "村委 赵", "父亲 张", "社工 李");
	}

	@Test
	void missingDocuments_areRequestedAndCheckedAgain() {
		String caseNumber = startIntake(application(LocalDate.of(2026, 2, 9), "MALE"));
		complete(STAFF, "Task_CheckDocuments", caseNumber,
				Map.of("documentsCheck", "INCOMPLETE", "missingDocuments", "缺执行通知书"));
		assertThat(instanceOf(caseNumber)).isWaitingAt("Task_RequestDocuments", "Task_RegisterReport");
		complete(STAFF, "Task_RequestDocuments", caseNumber,
				Map.of("documentsRequestedOn", "2026-02-10", "documentsSuppliedOn", "2026-02-10"));
		assertThat(instanceOf(caseNumber)).isWaitingAt("Task_CheckDocuments", "Task_RegisterReport");
		complete(STAFF, "Task_CheckDocuments", caseNumber, Map.of("documentsCheck", "COMPLETE"));
		assertThat(instanceOf(caseNumber)).isWaitingAt("Task_RegisterReport");
	}

	@Test
	void notReportedWithinTenDays_escalatesToTheHead_andReportingStaysOpen() {
		String caseNumber = startIntake(application(LocalDate.of(2026, 2, 9), "MALE"));
		ProcessInstance intake = instanceOf(caseNumber);
		Task report = taskService.createTaskQuery().processInstanceId(intake.getId())
			.taskDefinitionKey("Task_RegisterReport").singleResult();
		assertThat(report.getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 2, 19)));

		clockAt(LocalDate.of(2026, 2, 20));
		execute(job("Timer_NotReported", intake));

		assertThat(intake).isWaitingAt("Task_SearchPerson", "Task_RegisterReport", "Task_CheckDocuments");
		assertThat(intake).task("Task_SearchPerson").hasCandidateGroup("sangzhou-head");
		assertThat(timeline.of(caseNumber)).anySatisfy(e -> {
			assertThat(e.getKind()).isEqualTo("ESCALATION");
			assertThat(e.getSummary()).contains("逾期未报到");
			assertThat(e.getUserId()).isEqualTo(Timeline.SYSTEM);
		});
		ResponseEntity<String> casePage = rest.withBasicAuth(HEAD, TestUsers.PASSWORD).getForEntity("/cases/" + caseNumber,
				String.class);
		assertThat(casePage.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(casePage.getBody()).contains("逾期未报到：转所长组织查找并通知决定机关");
		complete(HEAD, "Task_SearchPerson", caseNumber, Map.of("decisionOrganNotifiedOn", "2026-02-20",
				"searchResult", "FOUND", "searchNote", "已联系家属，督促本人报到"));
		assertThat(intake).hasPassed("EndEvent_SearchHandled").isWaitingAt("Task_RegisterReport");
	}

	@Test
	void escalationOfADiagramDeployedBeforeItsExtensionProperties_isRecordedFromItsInputParameters() {
		String caseNumber = startIntake(application(LocalDate.of(2026, 2, 9), "MALE"));
		String deployment = processEngine.getRepositoryService().createDeployment()
			.addModelInstance("escalation-before-properties.bpmn", Bpmn.createExecutableProcess("escalation-before-properties")
				.camundaHistoryTimeToLive(1).startEvent().serviceTask("Task_RecordNotReported").name("记录逾期未报到")
				.camundaDelegateExpression("${recordCaseEvent}").camundaInputParameter("eventKind", "ESCALATION")
				.camundaInputParameter("eventSummary", "逾期未报到（旧版流程图）").endEvent().done())
			.deploy().getId();
		try {
			runtimeService.startProcessInstanceByKey("escalation-before-properties", caseNumber);

			assertThat(timeline.of(caseNumber)).anySatisfy(e -> {
				assertThat(e.getKind()).isEqualTo("ESCALATION");
				assertThat(e.getSummary()).isEqualTo("逾期未报到（旧版流程图）");
			});
		}
		finally {
			processEngine.getRepositoryService().deleteDeployment(deployment, true);
		}
	}

	@Test
	void fileDeadlineSpansSpringFestival_andOverdueFileEscalatesWhileTheTaskStaysOpen() {
		String caseNumber = startIntake(application(LocalDate.of(2026, 2, 9), "FEMALE"));
		ProcessInstance intake = instanceOf(caseNumber);
		complete(STAFF, "Task_CheckDocuments", caseNumber, Map.of("documentsCheck", "COMPLETE"));
		clockAt(LocalDate.of(2026, 2, 13));
		complete(STAFF, "Task_RegisterReport", caseNumber, report("2026-02-13"));

		Task buildFile = taskService.createTaskQuery().processInstanceId(intake.getId())
			.taskDefinitionKey("Task_BuildFile").singleResult();
		assertThat(buildFile.getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 3, 2)));

		clockAt(LocalDate.of(2026, 3, 2));
		assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(intake.getId())
			.timers().executable().count()).isZero();
		clockAt(LocalDate.of(2026, 3, 3));
		execute(job("Timer_FileOverdue", intake));
		assertThat(intake).isWaitingAt("Task_BuildFile", "Task_SuperviseFile");
		assertThat(intake).task("Task_SuperviseFile").hasCandidateGroup("sangzhou-head");
		complete(HEAD, "Task_SuperviseFile", caseNumber, Map.of("overdueReason", "春节后档案室整修", "instruction", "三日内补建"));
		complete(STAFF, "Task_BuildFile", caseNumber, Map.of("fileNumber", "SZ-2026-002", "fileBuiltOn", "2026-03-03"));

		assertThatThrownBy(() -> complete(STAFF, "Task_PlanAndGroup", caseNumber, plan(null)))
			.isInstanceOf(InputRejected.class).hasMessageContaining("femaleMember");
		complete(STAFF, "Task_PlanAndGroup", caseNumber, plan("王芳"));
		assertThat(caseFiles.groupOf(caseNumber)).anySatisfy(m -> assertThat(m.isFemale()).isTrue());
	}

	@Test
	void numbersDrawnAtTheSameMoment_atAYearsFirstNumber_areEachGivenOnceWithoutGaps() throws Exception {
		String prefix = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
		int steps = 6;
		int numbersEach = 5;
		TransactionTemplate step = new TransactionTemplate(transactions);
		CountDownLatch together = new CountDownLatch(1);
		ExecutorService staff = Executors.newFixedThreadPool(steps);
		try {
			List<Future<List<String>>> drawn = new ArrayList<>();
			for (int i = 0; i < steps; i++) {
				drawn.add(staff.submit(() -> {
					together.await();
					List<String> mine = new ArrayList<>();
					for (int n = 0; n < numbersEach; n++) {
						mine.add(step.execute(status -> caseNumbers.next(prefix, 2031)));
					}
					return mine;
				}));
			}
			together.countDown();
			List<String> numbers = new ArrayList<>();
			for (Future<List<String>> mine : drawn) {
				numbers.addAll(mine.get(60, TimeUnit.SECONDS));
			}
			assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, steps * numbersEach)
				.mapToObj(n -> "%s-2031-%06d".formatted(prefix, n)).toList());
		}
		finally {
			staff.shutdownNow();
		}
	}

	@Test
	void badStartInput_isRefusedWithTheFieldAndNothingIsCreated() {
		long instances = runtimeService.createProcessInstanceQuery().count();
		long cases = caseCount();
		Map<String, Object> good = application(LocalDate.of(2026, 2, 9), "MALE");
		String id = (String) good.get("idNumber");
		String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');

		assertRefused(with(good, "idNumber", wrongCheck), "idNumber", "校验码");
		assertRefused(with(good, "idNumber", "12345"), "idNumber", "18位");
		assertRefused(with(good, "termEnd", "2026-01-01"), "termEnd", "晚于");
		assertRefused(with(good, "officeCode", "nowhere"), "officeCode", "不是可选的值");
		assertRefused(with(good, "gender", "X"), "gender", "");
		assertRefused(with(good, "judgmentEffectiveOn", "2026-02-30"), "judgmentEffectiveOn", "yyyy-MM-dd");
		Map<String, Object> missing = new HashMap<>(good);
		missing.remove("personName");
		assertRefused(missing, "personName", "必填");
		assertRefused(with(good, "unknownField", "x"), "unknownField", "");

		assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
		assertThat(caseCount()).isEqualTo(cases);
	}

	@Test
	void engineRest_refusesBadFormSubmissionsWith400() {
		Map<String, Object> variables = new HashMap<>();
		with(application(LocalDate.of(2026, 2, 9), "MALE"), "termEnd", "2025-01-01")
			.forEach((k, v) -> variables.put(k, Map.of("value", v)));
		ResponseEntity<Map> started = rest.withBasicAuth(STAFF, TestUsers.PASSWORD)
			.postForEntity("/engine-rest/process-definition/key/intake/submit-form", Map.of("variables", variables), Map.class);
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) started.getBody().get("message")).contains("termEnd");

		String caseNumber = startIntake(application(LocalDate.of(2026, 2, 9), "MALE"));
		Task report = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
			.taskDefinitionKey("Task_RegisterReport").singleResult();
		Map<String, Object> future = new HashMap<>();
		report("2026-03-01").forEach((k, v) -> future.put(k, Map.of("value", v)));
		ResponseEntity<Map> completed = rest.withBasicAuth(STAFF, TestUsers.PASSWORD)
			.postForEntity("/engine-rest/task/" + report.getId() + "/submit-form", Map.of("variables", future), Map.class);
		assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) completed.getBody().get("message")).contains("reportedOn");
		assertThat(taskService.createTaskQuery().taskId(report.getId()).count()).isOne();
		assertThat(caseFiles.documentsOf(caseNumber)).isEmpty();

		Task check = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
			.taskDefinitionKey("Task_CheckDocuments").singleResult();
		ResponseEntity<Map> unnamed = rest.withBasicAuth(STAFF, TestUsers.PASSWORD).postForEntity(
				"/engine-rest/task/" + check.getId() + "/submit-form",
				Map.of("variables", Map.of("documentsCheck", Map.of("value", "INCOMPLETE"))), Map.class);
		assertThat(unnamed.getStatusCode()).as("缺失或不一致 must say what is missing").isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unnamed.getBody()).containsEntry("field", "missingDocuments");
		assertThat(taskService.createTaskQuery().taskId(check.getId()).count()).isOne();

		ResponseEntity<String> anonymous = rest.getForEntity("/engine-rest/task", String.class);
		assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void casePage_showsTheTimeline_onlyToTheCasesOffice() {
		String caseNumber = startIntake(application(LocalDate.of(2026, 2, 9), "MALE"));
		ResponseEntity<Map> page = rest.withBasicAuth(STAFF, TestUsers.PASSWORD).getForEntity("/api/cases/" + caseNumber, Map.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat((List<?>) page.getBody().get("timeline")).isNotEmpty();
		ResponseEntity<Map> list = rest.withBasicAuth(STAFF, TestUsers.PASSWORD).getForEntity("/api/cases?status=INTAKE", Map.class);
		assertThat((List<?>) list.getBody().get("items"))
			.anySatisfy(c -> assertThat(((Map<?, ?>) c).get("idNumber").toString()).contains("********"));

		ResponseEntity<Map> otherOffice = rest.withBasicAuth("xinli-staff", TestUsers.PASSWORD)
			.getForEntity("/api/cases/" + caseNumber, Map.class);
		assertThat(otherOffice.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<Map> otherList = rest.withBasicAuth("xinli-staff", TestUsers.PASSWORD)
			.getForEntity("/api/cases?q=" + caseNumber, Map.class);
		assertThat(otherList.getBody()).containsEntry("total", 0);
	}

	private void assertRefused(Map<String, Object> application, String field, String rule) {
		ResponseEntity<Map> response = rest.withBasicAuth(STAFF, TestUsers.PASSWORD).postForEntity("/api/intakes", application, Map.class);
		assertThat(response.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("field")).isEqualTo(field);
		assertThat((String) response.getBody().get("message")).contains(field).contains(rule);
	}

	private String startIntake(Map<String, Object> application) {
		ResponseEntity<Map> response = rest.withBasicAuth(STAFF, TestUsers.PASSWORD).postForEntity("/api/intakes", application, Map.class);
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
		return (String) response.getBody().get("caseNumber");
	}

	private ProcessInstance instanceOf(String caseNumber) {
		return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
	}

	private void complete(String user, String taskKey, String caseNumber, Map<String, Object> variables) {
		new ProcessDriver(taskService, identityService).complete(user, taskKey, caseNumber, variables);
	}

	private long caseCount() {
		return caseFiles.ofOffices(List.of("sangzhou", "qiantong", "xinli"), null).size();
	}

	/** A new case at sangzhou taken through the whole intake, under supervision from 2026-02-10. */
	public static String underSupervision(TestRestTemplate rest, ProcessDriver driver) {
		return underSupervision(rest, driver, "sangzhou");
	}

	/** As {@link #underSupervision(TestRestTemplate, ProcessDriver)}, at another office, by its staff. */
	public static String underSupervision(TestRestTemplate rest, ProcessDriver driver, String office) {
		String staff = office + "-staff";
		ProcessDriver.clockAt(LocalDate.of(2026, 2, 10));
		Map<String, Object> application = application(LocalDate.of(2026, 2, 9), "MALE");
		application.put("officeCode", office);
		ResponseEntity<Map> started = rest.withBasicAuth(staff, TestUsers.PASSWORD).postForEntity("/api/intakes",
				application, Map.class);
		assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.CREATED);
		String caseNumber = (String) started.getBody().get("caseNumber");
		driver.complete(staff, "Task_CheckDocuments", caseNumber, Map.of("documentsCheck", "COMPLETE"));
		driver.complete(staff, "Task_RegisterReport", caseNumber, report("2026-02-10"));
		driver.complete(staff, "Task_BuildFile", caseNumber, Map.of("fileNumber", "SZ-1", "fileBuiltOn", "2026-02-10"));
		driver.complete(staff, "Task_PlanAndGroup", caseNumber, plan(null));
		driver.complete(staff, "Task_Announce", caseNumber,
				Map.of("announcedOn", "2026-02-10", "announcementPlace", "司法所", "groupPresent", true));
		supervisionArranged(caseNumber);
		return caseNumber;
	}

	/** The job executor arranges a new supervision's work right after it starts; these tests run without one. */
	public static void supervisionArranged(String caseNumber) {
		ProcessInstance supervision = runtimeService().createProcessInstanceQuery().processDefinitionKey("supervision")
			.processInstanceBusinessKey(caseNumber).singleResult();
		execute(jobQuery().processInstanceId(supervision.getId()).activityId("StartEvent_SupervisionBegins").singleResult());
	}

	public static Map<String, Object> application(LocalDate judgmentEffectiveOn, String gender) {
		Map<String, Object> application = new HashMap<>();
		application.put("personName", "FEMALE".equals(gender) ? "李梅" : "张强");
		application.put("idNumber", TestUsers.uniqueIdNumber());
		application.put("gender", gender);
		application.put("correctionType", "PROBATION");
		application.put("officeCode", "sangzhou");
		application.put("decisionOrgan", "宁海县人民法院");
		application.put("judgmentEffectiveOn", judgmentEffectiveOn.toString());
		application.put("termStart", judgmentEffectiveOn.toString());
		application.put("termEnd", judgmentEffectiveOn.plusYears(1).minusDays(1).toString());
		return application;
	}

	public static Map<String, Object> report(String reportedOn) {
		return Map.of("reportedOn", reportedOn, "identityVerified", true, "guaranteeLetterSigned", true,
				"volunteerAgreementSigned", true, "guardianAgreementSigned", true, "obligationsInformed", true,
				"phone", "13800000000", "address", "桑洲镇南岭村1号");
	}

	public static Map<String, Object> plan(String femaleMember) {
		Map<String, Object> plan = new HashMap<>(Map.of("planSummary", "每月书面汇报，每周电话报告，参加公益劳动。",
				"groupLeader", "陈所", "villageMember", "村委 王", "familyMember", "父亲 张"));
		if (femaleMember != null) {
			plan.put("femaleMember", femaleMember);
		}
		return plan;
	}

	private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
		Map<String, Object> copy = new HashMap<>(map);
		copy.put(key, value);
		return copy;
	}

	static void clockAt(LocalDate day) {
		ProcessDriver.clockAt(day);
	}

	static Date endOf(LocalDate day) {
		return ProcessDriver.endOf(day);
	}

}
