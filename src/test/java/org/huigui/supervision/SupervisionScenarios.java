package org.huigui.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.huigui.casefile.Grade;
import org.huigui.casefile.Grades;
import org.huigui.casefile.Timeline;
import org.huigui.intake.IntakeScenarios;
import org.huigui.system.InputRejected;
import org.huigui.system.ProcessDriver;
import org.huigui.system.ProcessScenarios;
import org.huigui.system.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Supervision during the term ({@code supervision}, {@code supervision-session}) on H2 ({@link SupervisionProcessTest})
 * and PostgreSQL ({@link SupervisionProcessIT}): the rhythm per grade and after a grade change, a missed report with
 * its escalation, check-ins on time and missing, a session with several attendees, the month's points and its
 * approval, a failed month forcing strict, the upgrade for cases supervised before, the end and a cancellation.
 * Each case comes under supervision through intake on 2026-02-10 (a Tuesday), strict.
 */
abstract class SupervisionScenarios extends ProcessScenarios {

	static final String STAFF = "sangzhou-staff";

	static final String HEAD = "sangzhou-head";

	@Autowired
	Timeline timeline;

	@Autowired
	Grades grades;

	@Autowired
	ManagementService managementService;

	@Autowired
	SupervisionPeriodRepository periods;

	@Autowired
	SupervisionMonthRepository months;

	@Autowired
	CheckInRepository checkIns;

	@Autowired
	SupervisionUpgrade upgrade;

	@Autowired
	JdbcTemplate jdbc;

	String caseNumber;

	@BeforeEach
	void underSupervision() {
		caseNumber = IntakeScenarios.underSupervision(rest, driver);
	}

	@Test
	void strictGrade_weeklyReportsWrittenReportsAndTalks_monthlyHomeVisits_eachDueAtItsPeriodsEnd() {
		assertThat(supervision()).isWaitingAt("Task_Report", "Task_WrittenReport", "Task_Talk", "Task_HomeVisit",
				"Timer_CheckInsMissing", "Timer_MonthEnds");
		assertThat(due("Task_Report")).isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 2, 16)));
		assertThat(due("Task_WrittenReport")).isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 2, 16)));
		assertThat(due("Task_Talk")).isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 2, 16)));
		assertThat(due("Task_HomeVisit")).isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 3, 9)));
		assertThat(supervision()).task("Task_Report").hasCandidateGroup("sangzhou-staff");
		assertThat(taskService.getVariable(driver.task(caseNumber, "Task_Report").getId(), "period"))
			.isEqualTo("2026-02-10 至 2026-02-16（严管：每周一次）");
		assertThat(timer("Timer_MonthEnds").getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 3, 1)));

		ProcessDriver.clockAt(LocalDate.of(2026, 2, 12));
		driver.complete(STAFF, "Task_Report", caseNumber, report("2026-02-12"));
		assertThat(due("Task_Report")).isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 2, 23)));
		assertThat(runtimeService.getVariables(supervision().getId())).doesNotContainKeys("doneOn", "channel", "summary");
		assertThat(periods.findFirstByCaseNumberAndKindOrderByPeriodEndDesc(caseNumber, WorkKind.REPORT)).get()
			.satisfies(period -> assertThat(period.getPeriodStart()).isEqualTo(LocalDate.of(2026, 2, 17)));
		assertThat(timeline.of(caseNumber)).anySatisfy(line -> {
			assertThat(line.getKind()).isEqualTo("SUPERVISION_REPORT");
			assertThat(line.getSummary()).isEqualTo("到所报到：2026-02-12");
			assertThat(line.getUserId()).isEqualTo(STAFF);
		});
	}

	@Test
	void aGradeChange_appliesFromTheNextPeriod_neverToTheOneOpen() {
		ProcessDriver.clockAt(LocalDate.of(2026, 2, 12));
		grades.change(caseNumber, Grade.ORDINARY, LocalDate.of(2026, 5, 12), "复核调整");
		assertThat(due("Task_Report")).as("the open period keeps its end").isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 2, 16)));

		driver.complete(STAFF, "Task_Report", caseNumber, report("2026-02-12"));
		assertThat(due("Task_Report")).as("then monthly").isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 3, 16)));
		assertThat(taskService.getVariable(driver.task(caseNumber, "Task_Report").getId(), "period"))
			.isEqualTo("2026-02-17 至 2026-03-16（普管：每月一次）");
		driver.complete(STAFF, "Task_HomeVisit", caseNumber, visit("2026-02-12"));
		assertThat(due("Task_HomeVisit")).as("every three months").isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 6, 9)));
	}

	@Test
	void aMissedReport_isRecorded_escalatesToTheHead_andTheReportStaysOpen() {
		ProcessDriver.clockAt(LocalDate.of(2026, 2, 17));
		execute(job("Timer_ReportMissed", supervision()));
		assertThat(supervision()).isWaitingAt("Task_Report", "Task_ReportMissed");
		assertThat(supervision()).task("Task_ReportMissed").hasCandidateGroup("sangzhou-head");
		Task escalation = driver.task(caseNumber, "Task_ReportMissed");
		assertThat(taskService.getVariable(escalation.getId(), "missedWork")).isEqualTo("到所报到 2026-02-10 至 2026-02-16");
		assertThat(timeline.of(caseNumber)).anySatisfy(line -> {
			assertThat(line.getKind()).isEqualTo("SUPERVISION_MISSED");
			assertThat(line.getUserId()).isEqualTo(Timeline.SYSTEM);
		});
		driver.complete(HEAD, "Task_ReportMissed", caseNumber,
				Map.of("missedAction", "SUBJECT_SUMMONED", "missedNote", "通知其明日到所说明"));

		ProcessDriver.clockAt(LocalDate.of(2026, 2, 18));
		driver.complete(STAFF, "Task_Report", caseNumber, report("2026-02-18"));
		assertThat(periods.findByCaseNumberOrderByPeriodEndDescKindAsc(caseNumber, Limit.of(10)))
			.filteredOn(period -> period.getKind() == WorkKind.REPORT)
			.extracting(SupervisionPeriod::getPeriodEnd, SupervisionPeriod::getDoneOn, SupervisionPeriod::isMissed)
			.containsExactly(tuple(LocalDate.of(2026, 2, 23), null, false),
					tuple(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 18), true));
		assertThat(due("Task_Report")).isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 2, 23)));
	}

	@Test
	void checkInsOnTime_onlyMoveTheTimer_aGapMakesATask_andOutOfContactGoesToTheHead() {
		ProcessDriver.clockAt(LocalDate.of(2026, 2, 11));
		assertThat(checkIn(STAFF, caseNumber, "2026-02-11T08:00:00+08:00", "NORMAL").getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		assertThat(timer("Timer_CheckInsMissing").getDuedate()).isEqualTo(at("2026-02-14T08:00:00+08:00"));
		ProcessDriver.clockAt(LocalDate.of(2026, 2, 13));
		checkIn(STAFF, caseNumber, "2026-02-13T09:30:00", "NORMAL");
		assertThat(timer("Timer_CheckInsMissing").getDuedate()).isEqualTo(at("2026-02-16T09:30:00+08:00"));
		checkIn(STAFF, caseNumber, "2026-02-13T09:45:00", "ABNORMAL");
		assertThat(timer("Timer_CheckInsMissing").getDuedate()).as("an abnormal check-in moves nothing")
			.isEqualTo(at("2026-02-16T09:30:00+08:00"));
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey("Task_ContactSubject")
			.count()).isZero();

		ProcessDriver.clockAt(LocalDate.of(2026, 2, 16));
		execute(timer("Timer_CheckInsMissing"));
		assertThat(supervision()).task("Task_ContactSubject").hasCandidateGroup("sangzhou-staff");
		assertThat(taskService.getVariable(driver.task(caseNumber, "Task_ContactSubject").getId(), "lastCheckIn"))
			.isEqualTo("2026-02-13 09:30");
		driver.complete(STAFF, "Task_ContactSubject", caseNumber,
				Map.of("contactOutcome", "OUT_OF_CONTACT", "contactNote", "电话关机，家中无人"));
		assertThat(supervision()).task("Task_OutOfContact").hasCandidateGroup("sangzhou-head");
		assertThat(supervision()).isNotWaitingAt("Timer_CheckInsMissing");
		driver.complete(HEAD, "Task_OutOfContact", caseNumber, Map.of("searchAction", "已组织查找并通报派出所"));
		assertThat(timer("Timer_CheckInsMissing").getDuedate()).as("three days from the follow-up")
			.isEqualTo(at("2026-02-19T10:00:00+08:00"));
		assertThat(timeline.of(caseNumber)).anySatisfy(line -> assertThat(line.getKind()).isEqualTo("OUT_OF_CONTACT"));
	}

	@Test
	void badCheckIns_areRefusedNamingTheField_andNothingIsStored() {
		ProcessDriver.clockAt(LocalDate.of(2026, 2, 11));
		long before = checkIns.count();
		assertRefused(checkIn(STAFF, caseNumber, "2026-02-12T08:00:00+08:00", "NORMAL"), "at");
		assertRefused(checkIn(STAFF, "SQJZ-2026-999999", "2026-02-11T08:00:00+08:00", "NORMAL"), "caseNumber");
		assertRefused(checkIn("xinli-staff", caseNumber, "2026-02-11T08:00:00+08:00", "NORMAL"), "caseNumber");
		assertRefused(checkIn(STAFF, caseNumber, "2026-02-11T08:00:00+08:00", "MAYBE"), "result");
		assertRefused(checkIn(STAFF, caseNumber, "yesterday", "NORMAL"), "at");
		assertRefused(checkIn(STAFF, caseNumber, "2026-02-01T08:00:00+08:00", "NORMAL"), "at");
		assertThat(checkIns.count()).isEqualTo(before);
		assertThat(timer("Timer_CheckInsMissing").getDuedate()).as("three days from the day supervision began")
			.isEqualTo(at("2026-02-13T10:00:00+08:00"));
	}

	@Test
	void aSessionWithSeveralAttendees_addsItsHoursToEachAttendeesMonth() {
		String other = IntakeScenarios.underSupervision(rest, driver);
		ProcessDriver.clockAt(LocalDate.of(2026, 2, 20));
		ProcessInstance session = startForm(STAFF, "supervision-session", Map.of("heldOn", "2026-02-20", "sessionKind",
				"STUDY", "hours", 3, "place", "桑洲镇司法所会议室", "content", "法治教育：社区矫正法"));
		assertThat(session.getBusinessKey()).startsWith("JYHD-2026-");
		Task choose = taskService.createTaskQuery().processInstanceId(session.getId()).singleResult();
		assertThat(taskService.getIdentityLinksForTask(choose.getId())).anySatisfy(link ->
				assertThat(link.getGroupId()).isEqualTo("sangzhou-staff"));
		String subjects = String.valueOf(taskService.getVariable(choose.getId(), "subjects"));
		assertThat(subjects).contains(caseNumber, other);

		String xinli = IntakeScenarios.underSupervision(rest, driver, "xinli");
		ProcessDriver.clockAt(LocalDate.of(2026, 2, 20));
		assertRefused(submit(STAFF, choose.getId(), "[\"" + caseNumber + "\", \"SQJZ-2026-999999\"]"), "attendees");
		assertRefused(submit(STAFF, choose.getId(), "[\"" + caseNumber + "\", \"" + xinli + "\"]"), "attendees");
		assertRefused(submit(STAFF, choose.getId(), "[]"), "attendees");
		assertThat(timeline.of(caseNumber)).noneMatch(line -> line.getKind().equals("SESSION_ATTENDED"));
		assertThat(taskService.createTaskQuery().taskId(choose.getId()).count()).as("the task stays open").isOne();
		ResponseEntity<Map> done = submit(STAFF, choose.getId(), "[\"" + caseNumber + "\", \"" + other + "\"]");
		assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(session.getId()).count()).isZero();

		for (String subject : List.of(caseNumber, other)) {
			assertThat(timeline.of(subject)).anySatisfy(line -> assertThat(line.getSummary()).isEqualTo("参加学习教育 3 小时"));
		}
		Map<String, Object> section = section(caseNumber);
		assertThat(((Map<String, Object>) section.get("thisMonth")).get("studyHours")).isEqualTo(3.0);

		assertThatThrownBy(() -> startForm(STAFF, "supervision-session", Map.of("heldOn", "2026-02-21", "sessionKind",
				"STUDY", "hours", 3, "place", "会议室", "content", "法治教育"))).isInstanceOf(InputRejected.class)
			.hasMessageContaining("heldOn");
		for (Object hours : List.of(0, -1, 25, 2.25)) {
			assertThatThrownBy(() -> startForm(STAFF, "supervision-session", Map.of("heldOn", "2026-02-20", "sessionKind",
					"STUDY", "hours", hours, "place", "会议室", "content", "法治教育"))).as("%s hours", hours)
				.isInstanceOf(InputRejected.class).hasMessageContaining("hours");
		}
		assertThatThrownBy(() -> startForm("ninghai-bureau", "supervision-session", Map.of("heldOn", "2026-02-20",
				"sessionKind", "ACTIVITY", "hours", 2, "place", "敬老院", "content", "公益劳动")))
			.isInstanceOf(InputRejected.class).hasMessageContaining("office");
	}

	@Test
	void theMonthsRecord_isScoredByTheTable_confirmedByStaff_approvedByTheHead() {
		ProcessDriver.clockAt(LocalDate.of(2026, 2, 12));
		driver.complete(STAFF, "Task_Report", caseNumber, report("2026-02-12"));
		ProcessDriver.clockAt(LocalDate.of(2026, 2, 17));
		execute(job("Timer_WrittenReportMissed", supervision()));
		driver.complete(STAFF, "Task_Talk", caseNumber, talk("2026-02-17"));
		ProcessDriver.clockAt(LocalDate.of(2026, 2, 18));
		driver.complete(STAFF, "Task_WrittenReport", caseNumber, writtenReport("2026-02-18"));
		ProcessDriver.clockAt(LocalDate.of(2026, 2, 20));
		driver.complete(STAFF, "Task_WrittenReport", caseNumber, writtenReport("2026-02-20"));
		// the report of 17 to 23 February is not made, and its timer has not run yet: the month counts it all the same

		ProcessDriver.clockAt(LocalDate.of(2026, 3, 1));
		execute(timer("Timer_MonthEnds"));
		assertThat(supervision()).task("Task_AssessMonth").hasCandidateGroup("sangzhou-staff");
		Map<String, Object> shown = taskService.getVariables(driver.task(caseNumber, "Task_AssessMonth").getId());
		// strict, from 10 February: 19 of 28 days, so 8 of the 12 hours of study and of activities
		assertThat(shown).containsEntry("month", "2026年2月").containsEntry("proposedScore", 69)
			.containsEntry("proposedRating", "PASS");
		assertThat((String) shown.get("monthRecord")).contains("到所报到：完成 1 次，逾期未报到 1 次",
				"书面汇报：收到 2 次，逾期未交 1 次", "个别教育 1 次", "学习教育：0 小时（应不少于 8 小时）",
				"未按期到所报到 1 次 -10", "未按期书面汇报 1 次 -5", "学习教育不足 8 小时 -8", "合计 69 分");
		assertThat(due("Task_AssessMonth")).isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 3, 6)));

		driver.complete(STAFF, "Task_AssessMonth", caseNumber, Map.of("scoreDecision", "CONFIRM"));
		assertThat(supervision()).task("Task_ApproveMonth").hasCandidateGroup("sangzhou-head");
		driver.complete(HEAD, "Task_ApproveMonth", caseNumber, Map.of("monthDecision", "APPROVE"));
		assertThat(supervision()).isNotWaitingAt("Task_ProposeGrade");
		assertThat(timer("Timer_MonthEnds").getDuedate()).isEqualTo(startOf(LocalDate.of(2026, 4, 1)));
		assertThat(months.findFirstByCaseNumberOrderByMonthStartDesc(caseNumber)).get().satisfies(month -> {
			assertThat(month.getScore()).isEqualTo(69);
			assertThat(month.getRating()).isEqualTo(Rating.PASS);
			assertThat(month.getStatus()).isEqualTo(SupervisionMonth.Status.APPROVED);
			assertThat(month.getApprovedBy()).isEqualTo(HEAD);
		});
		assertThat(timeline.of(caseNumber)).anySatisfy(line -> assertThat(line.getSummary()).isEqualTo("2026年2月考核：69 分，合格"));
	}

	@Test
	void anAdjustedScore_needsItsReason_andTheHeadMayReturnTheAssessment() {
		ProcessDriver.clockAt(LocalDate.of(2026, 3, 1));
		execute(timer("Timer_MonthEnds"));
		assertThatThrownBy(() -> driver.complete(STAFF, "Task_AssessMonth", caseNumber,
				Map.of("scoreDecision", "ADJUST", "adjustedScore", 95))).isInstanceOf(InputRejected.class)
			.hasMessageContaining("adjustReason");
		assertThatThrownBy(() -> driver.complete(STAFF, "Task_AssessMonth", caseNumber,
				Map.of("scoreDecision", "ADJUST", "adjustedScore", 101, "adjustReason", "表现突出"))).isInstanceOf(InputRejected.class)
			.hasMessageContaining("adjustedScore");
		driver.complete(STAFF, "Task_AssessMonth", caseNumber,
				Map.of("scoreDecision", "ADJUST", "adjustedScore", 95, "adjustReason", "参加社区集中学习，时数未及登记"));
		assertThat(taskService.getVariable(driver.task(caseNumber, "Task_ApproveMonth").getId(), "assessment"))
			.isEqualTo("调整为 95 分（系统计分 54 分）：参加社区集中学习，时数未及登记");
		driver.complete(HEAD, "Task_ApproveMonth", caseNumber, Map.of("monthDecision", "RETURN", "monthNote", "请补登学习记录后按实计分"));
		assertThat(supervision()).task("Task_AssessMonth").isNotNull();
		assertThat(taskService.getVariable(driver.task(caseNumber, "Task_AssessMonth").getId(), "headNote"))
			.isEqualTo("请补登学习记录后按实计分");
		driver.complete(STAFF, "Task_AssessMonth", caseNumber, Map.of("scoreDecision", "CONFIRM"));
		driver.complete(HEAD, "Task_ApproveMonth", caseNumber, Map.of("monthDecision", "APPROVE"));
		assertThat(months.findFirstByCaseNumberOrderByMonthStartDesc(caseNumber)).get()
			.satisfies(month -> {
				assertThat(month.getScore()).isEqualTo(54);
				assertThat(month.getRecord()).as("two weeks without a report, nor a written one")
					.contains("逾期未报到 2 次", "逾期未交 2 次");
			});
	}

	@Test
	void aFailedMonth_forcesStrict_throughTheGradeReview() {
		ProcessDriver.clockAt(LocalDate.of(2026, 2, 12));
		grades.change(caseNumber, Grade.ORDINARY, LocalDate.of(2026, 5, 12), "前次评估：普管");
		ProcessDriver.clockAt(LocalDate.of(2026, 2, 20));
		execute(timer("Timer_CheckInsMissing"));
		driver.complete(STAFF, "Task_ContactSubject", caseNumber, Map.of("contactOutcome", "OUT_OF_CONTACT", "contactNote", "失联"));
		driver.complete(HEAD, "Task_OutOfContact", caseNumber, Map.of("searchAction", "次日找回"));

		ProcessDriver.clockAt(LocalDate.of(2026, 3, 2));
		execute(timer("Timer_MonthEnds"));
		assertThat(taskService.getVariable(driver.task(caseNumber, "Task_AssessMonth").getId(), "proposedRating"))
			.isEqualTo("FAIL");
		driver.complete(STAFF, "Task_AssessMonth", caseNumber, Map.of("scoreDecision", "CONFIRM"));
		driver.complete(HEAD, "Task_ApproveMonth", caseNumber, Map.of("monthDecision", "APPROVE"));

		assertThat(supervision()).task("Task_ProposeGrade").hasCandidateGroup("sangzhou-staff");
		Map<String, Object> shown = taskService.getVariables(driver.task(caseNumber, "Task_ProposeGrade").getId());
		assertThat(shown).containsEntry("currentGrade", "ORDINARY").containsEntry("recommendedGrade", "STRICT");
		assertThatThrownBy(() -> driver.complete(STAFF, "Task_ProposeGrade", caseNumber, proposal("ORDINARY")))
			.isInstanceOf(InputRejected.class).hasMessageContaining("proposedGrade");
		driver.complete(STAFF, "Task_ProposeGrade", caseNumber, proposal("STRICT"));
		driver.complete(HEAD, "Task_ApproveGrade", caseNumber, Map.of("gradeDecision", "RETURN", "gradeNote", "请补充失联经过"));
		assertThat(taskService.getVariable(driver.task(caseNumber, "Task_ProposeGrade").getId(), "gradeReturnNote"))
			.isEqualTo("请补充失联经过");
		driver.complete(STAFF, "Task_ProposeGrade", caseNumber, proposal("STRICT"));
		driver.complete(HEAD, "Task_ApproveGrade", caseNumber, Map.of("gradeDecision", "APPROVE"));

		assertThat(grades.historyOf(caseNumber)).last().satisfies(change -> {
			assertThat(change.getGrade()).isEqualTo(Grade.STRICT);
			assertThat(change.getReviewOn()).isEqualTo(LocalDate.of(2026, 6, 2));
			assertThat(change.getDecidedBy()).isEqualTo(HEAD);
		});
		assertThat(supervision()).isWaitingAt("Timer_MonthEnds");
	}

	@Test
	void overAYear_eachMonthIsAssessed_andTheGradeIsReviewedAfterTwoMonthsThenQuarterly() {
		for (LocalDate day = LocalDate.of(2026, 2, 11); !day.isAfter(LocalDate.of(2027, 2, 1)); day = day.plusDays(1)) {
			ProcessDriver.clockAt(day);
			if (day.getDayOfMonth() == 1) {
				assessTheMonth();
			}
			// the subject reports and writes on the first day of each period: nothing is ever missed
			for (WorkKind kind : List.of(WorkKind.REPORT, WorkKind.WRITTEN_REPORT)) {
				if (!periods.findFirstByCaseNumberAndKindOrderByPeriodEndDesc(caseNumber, kind).get().getPeriodStart()
					.isAfter(day)) {
					driver.complete(STAFF, kind == WorkKind.REPORT ? "Task_Report" : "Task_WrittenReport", caseNumber,
							kind == WorkKind.REPORT ? report(day.toString()) : writtenReport(day.toString()));
				}
			}
		}
		assertThat(months.findByCaseNumberOrderByMonthStartDesc(caseNumber)).hasSize(12)
			.allSatisfy(month -> assertThat(month.getStatus()).isEqualTo(SupervisionMonth.Status.APPROVED));
		// strict until the review after two months (April's month, approved on 1 May), ordinary for six months with
		// good scores, then lenient; reviewed each quarter after
		assertThat(grades.historyOf(caseNumber)).extracting(change -> change.getGrade(), change -> change.getReviewOn())
			.containsExactly(tuple(Grade.STRICT, LocalDate.of(2026, 4, 10)),
					tuple(Grade.ORDINARY, LocalDate.of(2026, 8, 1)),
					tuple(Grade.ORDINARY, LocalDate.of(2026, 11, 1)),
					tuple(Grade.LENIENT, LocalDate.of(2027, 2, 1)),
					tuple(Grade.LENIENT, LocalDate.of(2027, 5, 1)));
		assertThat(months.findFirstByCaseNumberOrderByMonthStartDesc(caseNumber)).get().satisfies(month -> {
			assertThat(month.getGrade()).isEqualTo(Grade.LENIENT);
			assertThat(month.getRecord()).contains("学习教育：0 小时（应不少于 4 小时）");
		});

		assertThat(taskService.getVariable(driver.task(caseNumber, "Task_Report").getId(), "period")).as("lenient: quarterly")
			.asString().endsWith("（宽管：每3个月一次）");
	}

	private void assessTheMonth() {
		execute(timer("Timer_MonthEnds"));
		driver.complete(STAFF, "Task_AssessMonth", caseNumber, Map.of("scoreDecision", "CONFIRM"));
		driver.complete(HEAD, "Task_ApproveMonth", caseNumber, Map.of("monthDecision", "APPROVE"));
		if (driver.task(caseNumber, "Task_ProposeGrade") != null) {
			String recommended = (String) taskService.getVariable(driver.task(caseNumber, "Task_ProposeGrade").getId(),
					"recommendedGrade");
			Map<String, Object> proposal = proposal(recommended);
			proposal.put("gradeReason", "季度评估：按分类管理办法");
			driver.complete(STAFF, "Task_ProposeGrade", caseNumber, proposal);
			driver.complete(HEAD, "Task_ApproveGrade", caseNumber, Map.of("gradeDecision", "APPROVE"));
		}
	}

	@Test
	void casesSupervisedBeforeSupervisionExisted_getItAtStartUp_once() {
		String before = supervision().getId();
		jdbc.update("delete from supervision_period where case_number = ?", caseNumber);
		jdbc.update("delete from supervision where case_number = ?", caseNumber);
		runtimeService.deleteProcessInstance(before, "as before supervision existed");
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("supervision")
			.processInstanceBusinessKey(caseNumber).count()).isZero();

		ProcessDriver.clockAt(LocalDate.of(2026, 4, 1));
		assertThat(upgrade.startMissing()).isPositive();
		assertThat(upgrade.startMissing()).isZero();
		IntakeScenarios.supervisionArranged(caseNumber);
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("supervision")
			.processInstanceBusinessKey(caseNumber).count()).isOne();
		assertThat(due("Task_Report")).isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 4, 7)));
	}

	@Test
	void theEndOfCorrection_endsSupervisionAndItsOpenWork() {
		ProcessDriver.clockAt(LocalDate.of(2026, 3, 5));
		runtimeService.createMessageCorrelation(SupervisionStart.CORRECTION_ENDED).processInstanceBusinessKey(caseNumber)
			.correlate();
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("supervision")
			.processInstanceBusinessKey(caseNumber).count()).isZero();
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
		assertThat(timeline.of(caseNumber)).anySatisfy(line -> assertThat(line.getKind()).isEqualTo("SUPERVISION_ENDED"));
	}

	@Test
	void cancelledInCockpit_supervisionRunsAgainFromTheRecord() {
		ProcessDriver.clockAt(LocalDate.of(2026, 2, 13));
		String first = supervision().getId();
		cancelInCockpit(first);
		IntakeScenarios.supervisionArranged(caseNumber);
		ProcessInstance again = supervision();
		assertThat(again.getId()).isNotEqualTo(first);
		assertThat(due("Task_Report")).as("the open period kept").isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 2, 16)));
		assertThat(timeline.of(caseNumber)).anySatisfy(line -> assertThat(line.getKind()).isEqualTo("SUPERVISION_RESTARTED"));
		assertThat(timeline.of(caseNumber)).areAtLeastOne(cancellationBy(administrator, "未填写原因"));
	}

	@Test
	void theCasePage_showsTheGradesRhythm_thisPeriodsWork_andWhatIsOverdue() {
		ProcessDriver.clockAt(LocalDate.of(2026, 2, 18));
		Map<String, Object> section = section(caseNumber);
		assertThat(section).containsEntry("grade", "STRICT").containsEntry("studyHoursMinimum", 12);
		assertThat((Map<String, Object>) section.get("rhythm")).containsEntry("REPORT", "每周一次")
			.containsEntry("HOME_VISIT", "每月一次");
		assertThat((List<?>) section.get("currentPeriods")).hasSize(4);
		assertThat((List<Map<String, Object>>) section.get("overdue")).extracting(period -> period.get("kind"))
			.containsExactlyInAnyOrder("REPORT", "WRITTEN_REPORT", "TALK");
		ResponseEntity<String> page = rest.withBasicAuth(STAFF, TestUsers.PASSWORD).getForEntity("/cases/" + caseNumber,
				String.class);
		assertThat(page.getBody()).contains("在矫监督管理", "到所报到每周一次", "逾期未完成");
	}

	private ProcessInstance supervision() {
		return runtimeService.createProcessInstanceQuery().processDefinitionKey("supervision")
			.processInstanceBusinessKey(caseNumber).singleResult();
	}

	private Date due(String taskKey) {
		return driver.task(caseNumber, taskKey).getDueDate();
	}

	private Job timer(String activityId) {
		return managementService.createJobQuery().processInstanceId(supervision().getId()).activityId(activityId)
			.singleResult();
	}

	private static Date startOf(LocalDate day) {
		return Date.from(day.atStartOfDay(ProcessDriver.SHANGHAI).toInstant());
	}

	private static Date at(String time) {
		return Date.from(OffsetDateTime.parse(time).toInstant());
	}

	private ResponseEntity<Map> checkIn(String user, String caseNumber, String at, String result) {
		return rest.withBasicAuth(user, TestUsers.PASSWORD).postForEntity("/api/check-ins", Map.of("caseNumber", caseNumber,
				"at", at, "kind", "LOCATION", "place", "桑洲镇南岭村", "result", result), Map.class);
	}

	private ResponseEntity<Map> submit(String user, String taskId, String attendeesJson) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		Map<String, Object> body = Map.of("variables", Map.of("attendees", Map.of("type", "Json", "value", attendeesJson)));
		return rest.withBasicAuth(user, TestUsers.PASSWORD).exchange("/engine-rest/task/" + taskId + "/submit-form",
				HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
	}

	private Map<String, Object> section(String caseNumber) {
		ResponseEntity<Map> answer = rest.withBasicAuth(STAFF, TestUsers.PASSWORD).getForEntity("/api/cases/" + caseNumber,
				Map.class);
		return (Map<String, Object>) ((Map<String, Object>) answer.getBody().get("sections")).get("supervision");
	}

	private static void assertRefused(ResponseEntity<Map> answer, String field) {
		assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody()).containsEntry("field", field);
	}

	static Map<String, Object> report(String on) {
		return Map.of("doneOn", on, "channel", "IN_PERSON", "summary", "按时到所报到，思想稳定，在村务工");
	}

	static Map<String, Object> writtenReport(String on) {
		return Map.of("doneOn", on, "summary", "本周思想汇报：遵纪守法，在村务工");
	}

	static Map<String, Object> talk(String on) {
		return Map.of("doneOn", on, "place", "司法所谈话室", "summary", "谈话教育，了解近期就业打算");
	}

	static Map<String, Object> visit(String on) {
		return Map.of("doneOn", on, "place", "家中", "summary", "在家，家属反映表现良好");
	}

	static Map<String, Object> proposal(String grade) {
		Map<String, Object> proposal = new HashMap<>(Map.of("riskLevel", "MEDIUM", "ableToWork", "YES",
				"proposedGrade", grade, "gradeReason", "本月脱管一次，考核不合格"));
		return proposal;
	}

}
