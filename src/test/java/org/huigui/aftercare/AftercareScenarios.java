package org.huigui.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.huigui.casefile.Cancellation;
import org.huigui.casefile.CaseFile;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.CaseStatus;
import org.huigui.casefile.Gender;
import org.huigui.casefile.NewPerson;
import org.huigui.casefile.Timeline;
import org.huigui.system.InputRejected;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The assistance period (安置帮教, process {@code aftercare}) scenarios, on H2 ({@link AftercareProcessTest})
 * and PostgreSQL ({@link AftercareProcessIT}): the visit rhythm per category and after a category change,
 * a missed visit, release after five years or continued assistance, re-offending and death, and the
 * office's yearly figures. Assistance starts through {@link AssistanceStart}, the one entry point.
 */
abstract class AftercareScenarios extends ProcessScenarios {

	static final String STAFF = "sangzhou-staff";

	static final String HEAD = "sangzhou-head";

	static final LocalDate RELEASED = LocalDate.of(2026, 3, 2);

	@Autowired
	AssistanceStart assistanceStart;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	Timeline timeline;

	@Autowired
	AssistanceVisitRepository visits;

	@BeforeEach
	void releaseDay() {
		ProcessDriver.clockAt(RELEASED);
	}

	@Test
	void keySubjects_areVisitedMonthly_generalSubjectsEveryThreeMonths() {
		String key = begin(AssistanceCategory.KEY, "sangzhou");
		String general = begin(AssistanceCategory.GENERAL, "sangzhou");
		assertThat(due(key, "Task_Visit")).isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 4, 1)));
		assertThat(due(general, "Task_Visit")).isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 6, 1)));
		assertThat(instance(key)).variables().containsEntry("visitIntervalMonths", 1)
			.containsEntry("visitPeriod", "2026-03-02 至 2026-04-01");
		assertThat(instance(key)).task("Task_Visit").hasCandidateGroup("sangzhou-staff");
		assertThat(due(key, "Task_QuarterlyReview")).isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 6, 30)));

		ProcessDriver.clockAt(LocalDate.of(2026, 3, 20));
		driver.complete(STAFF, "Task_Visit", key, visit("2026-03-20", "EMPLOYED"));
		assertThat(due(key, "Task_Visit")).isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 5, 1)));
	}

	@Test
	void aCategoryChangedAtTheQuarterlyReview_changesTheRhythmFromTheNextPeriod() {
		String caseNumber = begin(AssistanceCategory.GENERAL, "sangzhou");
		ProcessDriver.clockAt(LocalDate.of(2026, 5, 15));
		Map<String, Object> review = new HashMap<>(Map.of("reviewedOn", "2026-05-15", "review", "近期与家人矛盾激化，情绪不稳",
				"categoryAfter", "KEY"));
		assertThatThrownBy(() -> driver.complete(STAFF, "Task_QuarterlyReview", caseNumber, review))
			.isInstanceOf(InputRejected.class).hasMessageContaining("categoryChangeReason");
		review.put("categoryChangeReason", "家庭矛盾激化，有重新犯罪风险");
		driver.complete(STAFF, "Task_QuarterlyReview", caseNumber, review);
		assertThat(instance(caseNumber)).variables().containsEntry("category", "KEY");
		assertThat(due(caseNumber, "Task_Visit")).as("the current period keeps its end")
			.isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 6, 1)));
		assertThat(due(caseNumber, "Task_QuarterlyReview")).isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 9, 30)));

		driver.complete(STAFF, "Task_Visit", caseNumber, visit("2026-05-15", "UNEMPLOYED"));
		assertThat(due(caseNumber, "Task_Visit")).as("then monthly").isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 7, 1)));
		assertThat(timeline.of(caseNumber)).anySatisfy(e -> assertThat(e.getSummary()).isEqualTo("帮教类别调整：一般 → 重点（自下一走访期起）"));
	}

	@Test
	void aMissedVisit_escalatesToTheHead_andTheVisitStaysOpen() {
		String caseNumber = begin(AssistanceCategory.KEY, "sangzhou");
		ProcessDriver.clockAt(LocalDate.of(2026, 4, 2));
		execute(job("Timer_VisitMissed", instance(caseNumber)));
		assertThat(instance(caseNumber)).isWaitingAt("Task_Visit", "Task_MissedVisit", "Task_QuarterlyReview");
		assertThat(instance(caseNumber)).task("Task_MissedVisit").hasCandidateGroup("sangzhou-head");
		assertThat(timeline.of(caseNumber)).anySatisfy(e -> {
			assertThat(e.getKind()).isEqualTo("VISIT_MISSED");
			assertThat(e.getUserId()).isEqualTo(Timeline.SYSTEM);
		});
		driver.complete(HEAD, "Task_MissedVisit", caseNumber, Map.of("missedAction", "STAFF_ORDERED", "missedNote", "限两日内走访"));

		driver.complete(STAFF, "Task_Visit", caseNumber, visit("2026-04-02", "SELF_EMPLOYED"));
		assertThat(due(caseNumber, "Task_Visit")).isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 5, 1)));
		assertThat(visits.findByCaseNumberOrderByPeriodEnd(caseNumber)).singleElement().satisfies(v -> {
			assertThat(v.isMissed()).isTrue();
			assertThat(v.getVisitedOn()).isEqualTo(LocalDate.of(2026, 4, 2));
		});
		ResponseEntity<Map> page = rest.withBasicAuth(STAFF, TestUsers.PASSWORD).getForEntity("/api/cases/" + caseNumber, Map.class);
		Map<String, Object> assistance = (Map<String, Object>) ((Map<String, Object>) page.getBody().get("sections")).get("assistance");
		assertThat(assistance).containsEntry("category", "KEY").containsEntry("employment", "自谋职业").containsEntry("resettled", true);
		assertThat((List<?>) assistance.get("visits")).hasSize(1);
	}

	@Test
	void fiveYearsAfterRelease_theHeadReleasesFromAssistance_andTheCaseCloses() {
		String caseNumber = begin(AssistanceCategory.GENERAL, "sangzhou");
		ProcessInstance aftercare = instance(caseNumber);
		ProcessDriver.clockAt(LocalDate.of(2031, 3, 2));
		execute(job("Timer_PeriodEnds", aftercare));
		assertThat(aftercare).isWaitingAt("Task_ReleaseReview");
		assertThat(aftercare).task().hasCandidateGroup("sangzhou-head");
		driver.complete(HEAD, "Task_ReleaseReview", caseNumber, Map.of("releaseDecision", "RELEASE", "releaseNote", "五年期满，表现良好"));
		assertThat(aftercare).isEnded().hasPassed("EndEvent_Released");
		CaseFile closed = caseFiles.get(caseNumber);
		assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
		assertThat(closed.getClosedReason()).isEqualTo("RELEASED");
		assertThat(closed.getClosedOn()).isEqualTo(LocalDate.of(2031, 3, 2));
		assertThat(timeline.of(caseNumber)).anySatisfy(e -> assertThat(e.getSummary()).isEqualTo("帮教期满，解除帮教"));
	}

	@Test
	void stillNeedingAssistance_continuesForAnotherYear_thenIsReviewedAgain() {
		String caseNumber = begin(AssistanceCategory.GENERAL, "sangzhou");
		ProcessInstance aftercare = instance(caseNumber);
		ProcessDriver.clockAt(LocalDate.of(2031, 3, 2));
		execute(job("Timer_PeriodEnds", aftercare));
		driver.complete(HEAD, "Task_ReleaseReview", caseNumber,
				Map.of("releaseDecision", "CONTINUE", "releaseNote", "仍无稳定住所，继续帮教"));
		assertThat(aftercare).isWaitingAt("Task_Visit", "Task_QuarterlyReview");
		assertThat(aftercare).variables().containsEntry("assistanceEndsOn", "2032-03-02");
		assertThat(due(caseNumber, "Task_Visit")).isEqualTo(ProcessDriver.endOf(LocalDate.of(2031, 6, 1)));
		assertThat(caseFiles.get(caseNumber).getStatus()).isEqualTo(CaseStatus.UNDER_ASSISTANCE);

		ProcessDriver.clockAt(LocalDate.of(2032, 3, 2));
		execute(job("Timer_PeriodEnds", aftercare));
		assertThat(aftercare).isWaitingAt("Task_ReleaseReview");
		driver.complete(HEAD, "Task_ReleaseReview", caseNumber, Map.of("releaseDecision", "RELEASE", "releaseNote", "已有稳定住所"));
		assertThat(aftercare).isEnded();
		assertThat(caseFiles.get(caseNumber).getStatus()).isEqualTo(CaseStatus.CLOSED);
	}

	@Test
	void reoffending_recordedByStaff_endsAssistanceWithThatReason() {
		String caseNumber = begin(AssistanceCategory.KEY, "sangzhou");
		ProcessInstance aftercare = instance(caseNumber);
		ProcessDriver.clockAt(LocalDate.of(2026, 6, 10));
		assertThatThrownBy(() -> endAssistance(caseNumber, "RELEASED", "2026-06-09")).isInstanceOf(InputRejected.class)
			.hasMessageContaining("endReason");
		assertThatThrownBy(() -> endAssistance(caseNumber, "REOFFENDED", "2026-06-11")).isInstanceOf(InputRejected.class)
			.hasMessageContaining("endedOn");
		assertThatThrownBy(() -> endAssistance("AZBJ-2026-999999", "REOFFENDED", "2026-06-09"))
			.isInstanceOf(InputRejected.class).hasMessageContaining("caseNumber");
		assertThat(instance(caseNumber)).isActive();

		endAssistance(caseNumber, "REOFFENDED", "2026-06-09");
		assertThat(aftercare).isEnded().hasPassed("Task_EndAssistance", "EndEvent_AssistanceEnded");
		CaseFile closed = caseFiles.get(caseNumber);
		assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
		assertThat(closed.getClosedReason()).isEqualTo("REOFFENDED");
		assertThat(closed.getClosedOn()).isEqualTo(LocalDate.of(2026, 6, 9));
		assertThat(timeline.of(caseNumber)).anySatisfy(e -> {
			assertThat(e.getSummary()).isEqualTo("终止帮教：重新犯罪");
			assertThat(e.getUserId()).isEqualTo(STAFF);
		});
		assertThatThrownBy(() -> endAssistance(caseNumber, "DIED", "2026-06-10")).isInstanceOf(InputRejected.class)
			.hasMessageContaining("caseNumber");
		assertThat(timeline.of(caseNumber)).noneMatch(line -> line.getKind().equals(Cancellation.TIMELINE_KIND));
	}

	@Test
	void cancelledInCockpit_closesTheAssistanceCaseAsCancelled() {
		String caseNumber = begin(AssistanceCategory.KEY, "sangzhou");
		ProcessDriver.clockAt(LocalDate.of(2026, 4, 10));
		cancelInCockpit(instance(caseNumber).getId());

		CaseFile closed = caseFiles.get(caseNumber);
		assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
		assertThat(closed.getClosedReason()).isEqualTo(CaseFiles.CANCELLED);
		assertThat(closed.getClosedOn()).isEqualTo(LocalDate.of(2026, 4, 10));
		assertThat(timeline.of(caseNumber)).haveExactly(1, cancellationBy(administrator, "未填写原因"));
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
	}

	@Test
	void death_recordedDuringTheReleaseReview_endsAssistanceToo() {
		String caseNumber = begin(AssistanceCategory.GENERAL, "sangzhou");
		ProcessDriver.clockAt(LocalDate.of(2031, 3, 2));
		execute(job("Timer_PeriodEnds", instance(caseNumber)));
		endAssistance(caseNumber, "DIED", "2031-03-01");
		assertThat(caseFiles.get(caseNumber).getClosedReason()).isEqualTo("DIED");
		assertThat(timeline.of(caseNumber)).noneMatch(line -> line.getKind().equals(Cancellation.TIMELINE_KIND));
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
	}

	@Test
	void badEndRecords_throughTheEngineApi_answer400() {
		String caseNumber = begin(AssistanceCategory.KEY, "sangzhou");
		Map<String, Object> variables = Map.of("caseNumber", Map.of("value", caseNumber), "endReason", Map.of("value", "LOST"),
				"endedOn", Map.of("value", "2026-03-02"));
		ResponseEntity<Map> answer = rest.withBasicAuth(STAFF, TestUsers.PASSWORD).postForEntity(
				"/engine-rest/process-definition/key/assistance-end/submit-form", Map.of("variables", variables), Map.class);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) answer.getBody().get("message")).contains("endReason");
		assertThat(instance(caseNumber)).isActive();
	}

	@Test
	void theOfficeFigures_countRegister_keySubjects_rates_andReoffending() {
		String employed = begin(AssistanceCategory.KEY, "qiantong");
		String reoffends = begin(AssistanceCategory.GENERAL, "qiantong");
		ProcessDriver.clockAt(LocalDate.of(2026, 3, 10));
		driver.complete("qiantong-staff", "Task_Visit", employed, visit("2026-03-10", "EMPLOYED"));
		ProcessDriver.clockAt(LocalDate.of(2026, 3, 20));
		identityService.setAuthentication("qiantong-staff", List.of("qiantong-staff"));
		try {
			startForm("qiantong-staff", "assistance-end",
					Map.of("caseNumber", reoffends, "endReason", "REOFFENDED", "endedOn", "2026-03-20"));
		}
		finally {
			identityService.clearAuthentication();
		}
		ProcessDriver.clockAt(LocalDate.of(2026, 3, 25));

		ResponseEntity<Map> report = rest.withBasicAuth("qiantong-head", TestUsers.PASSWORD)
			.getForEntity("/api/reports/assistance?office=qiantong&year=2026", Map.class);
		assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(report.getBody()).containsEntry("subjectsOnRegister", 1).containsEntry("keySubjects", 1)
			.containsEntry("resettled", 1).containsEntry("resettlementRate", 100.0).containsEntry("assistanceRate", 100.0)
			.containsEntry("reoffended", 1).containsEntry("asOf", "2026-03-25");
		assertThat((Map<String, Object>) report.getBody().get("targets")).containsEntry("noReoffendingMet", false);

		HttpHeaders html = new HttpHeaders();
		html.setAccept(List.of(MediaType.TEXT_HTML));
		ResponseEntity<String> page = rest.withBasicAuth("qiantong-head", TestUsers.PASSWORD)
			.exchange("/api/reports/assistance?office=qiantong&year=2026", HttpMethod.GET, new HttpEntity<>(html), String.class);
		assertThat(page.getBody()).contains("安置帮教工作统计", "前童镇司法所", "重新犯罪");

		ResponseEntity<Map> foreign = rest.withBasicAuth("xinli-staff", TestUsers.PASSWORD)
			.getForEntity("/api/reports/assistance?office=qiantong&year=2026", Map.class);
		assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(foreign.getBody()).containsEntry("field", "office");
	}

	private void endAssistance(String caseNumber, String reason, String on) {
		startForm(STAFF, "assistance-end", Map.of("caseNumber", caseNumber, "endReason", reason, "endedOn", on,
				"endNote", "公安机关通报"));
	}

	private String begin(AssistanceCategory category, String office) {
		return assistanceStart.begin(new AssistanceRequest(new NewPerson("钱进", Gender.MALE, TestUsers.uniqueIdNumber()),
				office, category, AssistanceBasis.PRISON_RELEASE, RELEASED, RELEASED, "XJ-TEST", "测试：刑满释放"));
	}

	private ProcessInstance instance(String caseNumber) {
		return runtimeService.createProcessInstanceQuery().processDefinitionKey("aftercare").processInstanceBusinessKey(caseNumber)
			.singleResult();
	}

	private java.util.Date due(String caseNumber, String taskKey) {
		return driver.task(caseNumber, taskKey).getDueDate();
	}

	private static Map<String, Object> visit(String on, String employment) {
		return Map.of("visitedOn", on, "visitPlace", "对象家中", "findings", "情绪稳定，在镇上打零工", "employment", employment,
				"housing", "STABLE", "socialAssistance", false);
	}

}
