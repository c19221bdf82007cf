package org.huigui.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.huigui.system.DiagramProperties;
import org.huigui.system.DiagramScenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code processes/supervision.bpmn} alone, with {@code supervisionRecord} faked: each kind of work period after
 * period, done or missed; the check-in watch, the subject contacted or out of contact; the monthly assessment,
 * returned or approved, and the grade review it may bring; the end of correction wherever supervision stands. The
 * fake {@code schedulePeriod} opens the next period of the kind its task names, which ends on a day of its own
 * ({@link #periodEnds}).
 */
@Deployment(resources = "processes/supervision.bpmn")
class SupervisionDiagramTest extends DiagramScenarios {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = diagramEngine();

	static final String CASE = "SQJZ-2026-000001";

	/** The kinds of work, each with the name its elements bear ({@code Task_WrittenReport}). */
	static final Map<String, String> WORK = Map.of("REPORT", "Report", "WRITTEN_REPORT", "WrittenReport",
			"TALK", "Talk", "HOME_VISIT", "HomeVisit");

	static final List<String> KINDS = List.of("REPORT", "WRITTEN_REPORT", "TALK", "HOME_VISIT");

	/** Where supervision waits between its steps: each work's task, the check-in watch and the month's end. */
	static final String[] WAITING = { "SubProcess_Term", "Task_Report", "Task_WrittenReport", "Task_Talk",
			"Task_HomeVisit", "Timer_CheckInsMissing", "Timer_MonthEnds" };

	static final Date CHECK_INS_DUE = date("2026-03-05T16:00:00Z");

	static final Date NEXT_CHECK_INS_DUE = date("2026-03-09T16:00:00Z");

	static final Date MONTH_ENDS = date("2026-03-31T16:00:00Z");

	static final Date NEXT_MONTH_ENDS = date("2026-04-30T16:00:00Z");

	static final Date ASSESS_BY = date("2026-04-08T15:59:59Z");

	static final Map<String, Object> APPROVE_MONTH = Map.of("monthDecision", "APPROVE");

	/** The periods scheduled so far, by kind of work. */
	final Map<String, Integer> periods = new HashMap<>();

	/** What the fakes of the work's records were run for: {@code recordPeriodWork REPORT}. */
	final List<String> recorded = new ArrayList<>();

	boolean gradeReviewDue;

	@BeforeEach
	void fakes() {
		SupervisionRecord supervisionRecord = mock(SupervisionRecord.class);
		when(supervisionRecord.periodDue(any(), anyString()))
			.thenAnswer(call -> periodEnds(call.getArgument(1), periods.get(call.getArgument(1))));
		when(supervisionRecord.periodLabel(any(), anyString()))
			.thenAnswer(call -> periodLabel(call.getArgument(1), periods.get(call.getArgument(1))));
		when(supervisionRecord.missedWork(any(), anyString()))
			.thenAnswer(call -> "逾期 " + periodLabel(call.getArgument(1), periods.get(call.getArgument(1))));
		when(supervisionRecord.checkInsDue(any())).thenReturn(CHECK_INS_DUE, NEXT_CHECK_INS_DUE);
		when(supervisionRecord.monthEnds(any())).thenReturn(MONTH_ENDS, NEXT_MONTH_ENDS);
		when(supervisionRecord.assessmentDue(any())).thenReturn(ASSESS_BY);
		bean("supervisionRecord", supervisionRecord);
		delegate("schedulePeriod", execution -> periods.merge(workKind(execution), 1, Integer::sum));
		delegate("recordPeriodWork", execution -> recorded.add("recordPeriodWork " + workKind(execution)));
		delegate("recordMissedPeriod", execution -> recorded.add("recordMissedPeriod " + workKind(execution)));
		delegate("recordContact", execution -> execution.setVariable("outOfContact",
				CheckInMiss.OUT_OF_CONTACT.equals(execution.getVariable("contactOutcome"))));
		delegate("recordMonthDecision", execution -> {
			boolean approve = "APPROVE".equals(execution.getVariable("monthDecision"));
			execution.setVariable("monthApproved", approve);
			execution.setVariable("gradeReviewDue", approve && gradeReviewDue);
		});
		delegate("recordGradeDecision", execution -> execution.setVariable("gradeApproved",
				"APPROVE".equals(execution.getVariable("gradeDecision"))));
		delegates("recordCheckInsMissing", "gatherMonth", "recordAssessment", "recommendGrade", "recordGradeProposal",
				"endSupervision");
	}

	@Test
	void supervisionBegins_eachWorkDueAtItsFirstPeriodsEnd_checkInsWatched_theMonthAwaited() {
		ProcessInstance supervision = supervisionBegins();

		assertThat(supervision).hasBusinessKey(CASE).isWaitingAtExactly(WAITING);
		WORK.forEach((kind, work) -> {
			Task task = task("Task_" + work, supervision);
			assertThat(task).hasCandidateGroup(STAFF);
			assertThat(task.getDueDate()).as("due date of %s", work).isEqualTo(periodEnds(kind, 1));
			assertThat(taskService().getVariable(task.getId(), "period")).isEqualTo(periodLabel(kind, 1));
			assertThat(supervision).job("Timer_" + work + "Missed").hasDueDate(periodEnds(kind, 1));
		});
		assertThat(supervision).job("Timer_CheckInsMissing").hasDueDate(CHECK_INS_DUE);
		assertThat(supervision).job("Timer_MonthEnds").hasDueDate(MONTH_ENDS);
		assertThat(periods).isEqualTo(Map.of("REPORT", 1, "WRITTEN_REPORT", 1, "TALK", 1, "HOME_VISIT", 1));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "REPORT, Report", "WRITTEN_REPORT, WrittenReport", "TALK, Talk", "HOME_VISIT, HomeVisit" })
	void workDone_theNextPeriodFollows(String kind, String work) {
		ProcessInstance supervision = supervisionBegins();

		doTask(supervision, "Task_" + work, STAFF, periodEnds(kind, 1), Map.of());

		assertThat(supervision).hasPassed("Task_Record" + work).isWaitingAtExactly(WAITING);
		assertThat(task("Task_" + work, supervision).getDueDate()).isEqualTo(periodEnds(kind, 2));
		assertThat(supervision).job("Timer_" + work + "Missed").hasDueDate(periodEnds(kind, 2));
		assertThat(recorded).containsExactly("recordPeriodWork " + kind);
		assertThat(periods).containsEntry(kind, 2);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "REPORT, Report", "WRITTEN_REPORT, WrittenReport", "TALK, Talk", "HOME_VISIT, HomeVisit" })
	void periodEndsUndone_missedRecorded_theHeadSupervises_whileTheWorkStaysOpen(String kind, String work) {
		ProcessInstance supervision = supervisionBegins();
		Date superviseBy = deadline(d -> d.workingDaysFromToday(3));

		timerFires(supervision, "Timer_" + work + "Missed", periodEnds(kind, 1));
		assertThat(recorded).containsExactly("recordMissedPeriod " + kind);
		assertThat(taskService().getVariable(task("Task_" + work + "Missed", supervision).getId(), "missedWork"))
			.isEqualTo("逾期 " + periodLabel(kind, 1));
		doTask(supervision, "Task_" + work + "Missed", HEAD, superviseBy, Map.of("missedAction", "STAFF_ORDERED"));

		assertThat(supervision).hasPassed("EndEvent_" + work + "MissedHandled").isWaitingAtExactly(WAITING);
		doTask(supervision, "Task_" + work, STAFF, periodEnds(kind, 1), Map.of());
		assertThat(task("Task_" + work, supervision).getDueDate()).isEqualTo(periodEnds(kind, 2));
	}

	@Test
	void checkInsMissing_theSubjectContacted_checkInsWatchedAgain() {
		ProcessInstance supervision = supervisionBegins();
		Date contactBy = deadline(d -> d.workingDaysFromToday(1));

		timerFires(supervision, "Timer_CheckInsMissing", CHECK_INS_DUE);
		doTask(supervision, "Task_ContactSubject", STAFF, contactBy,
				Map.of("contactOutcome", CheckInMiss.CONTACTED, "contactNote", "手机没电，已到所说明"));

		assertThat(supervision).hasPassed("Task_RecordContact").hasNotPassed("Task_OutOfContact")
			.isWaitingAtExactly(WAITING)
			.job("Timer_CheckInsMissing")
			.hasDueDate(NEXT_CHECK_INS_DUE);
		assertThat(ran).endsWith("recordCheckInsMissing", "recordContact");
	}

	@Test
	void checkInsMissing_outOfContact_theHeadActs_checkInsWatchedAgain() {
		ProcessInstance supervision = supervisionBegins();
		Date actBy = deadline(d -> d.workingDaysFromToday(1));

		timerFires(supervision, "Timer_CheckInsMissing", CHECK_INS_DUE);
		doTask(supervision, "Task_ContactSubject", STAFF, actBy,
				Map.of("contactOutcome", CheckInMiss.OUT_OF_CONTACT, "contactNote", "电话关机，家中无人"));
		doTask(supervision, "Task_OutOfContact", HEAD, actBy, Map.of());

		assertThat(supervision).isWaitingAtExactly(WAITING).job("Timer_CheckInsMissing").hasDueDate(NEXT_CHECK_INS_DUE);
		assertThat(ran).endsWith("recordCheckInsMissing", "recordContact");
	}

	@Test
	void monthEnds_assessed_approved_noGradeReview_theNextMonthAwaited() {
		ProcessInstance supervision = monthEnded();

		doTask(supervision, "Task_AssessMonth", STAFF, ASSESS_BY, Map.of("scoreDecision", "CONFIRM"));
		doTask(supervision, "Task_ApproveMonth", HEAD, ASSESS_BY, APPROVE_MONTH);

		assertThat(supervision).hasNotPassed("Task_RecommendGrade").isWaitingAtExactly(WAITING)
			.job("Timer_MonthEnds")
			.hasDueDate(NEXT_MONTH_ENDS);
		assertThat(ran).endsWith("gatherMonth", "recordAssessment", "recordMonthDecision");
	}

	@Test
	void monthReturned_assessedAgain_thenApproved() {
		ProcessInstance supervision = monthEnded();

		doTask(supervision, "Task_AssessMonth", STAFF, ASSESS_BY, Map.of("scoreDecision", "CONFIRM"));
		doTask(supervision, "Task_ApproveMonth", HEAD, ASSESS_BY,
				Map.of("monthDecision", "RETURN", "monthNote", "学习时数漏记一次"));
		doTask(supervision, "Task_AssessMonth", STAFF, ASSESS_BY, Map.of("scoreDecision", "ADJUST"));
		doTask(supervision, "Task_ApproveMonth", HEAD, ASSESS_BY, APPROVE_MONTH);

		assertThat(supervision).isWaitingAtExactly(WAITING).job("Timer_MonthEnds").hasDueDate(NEXT_MONTH_ENDS);
		assertThat(ran).endsWith("gatherMonth", "recordAssessment", "recordMonthDecision", "recordAssessment",
				"recordMonthDecision");
	}

	@Test
	void monthApproved_gradeReviewDue_proposalReturned_proposedAgain_approved() {
		gradeReviewDue = true;
		ProcessInstance supervision = monthEnded();
		Date proposeBy = deadline(d -> d.workingDaysFromToday(5));
		Date approveBy = deadline(d -> d.workingDaysFromToday(3));

		doTask(supervision, "Task_AssessMonth", STAFF, ASSESS_BY, Map.of("scoreDecision", "CONFIRM"));
		doTask(supervision, "Task_ApproveMonth", HEAD, ASSESS_BY, APPROVE_MONTH);
		doTask(supervision, "Task_ProposeGrade", STAFF, proposeBy,
				Map.of("riskLevel", "LOW", "proposedGrade", "LENIENT"));
		doTask(supervision, "Task_ApproveGrade", HEAD, approveBy,
				Map.of("gradeDecision", "RETURN", "gradeNote", "入矫不久"));
		doTask(supervision, "Task_ProposeGrade", STAFF, proposeBy,
				Map.of("riskLevel", "LOW", "proposedGrade", "ORDINARY"));
		doTask(supervision, "Task_ApproveGrade", HEAD, approveBy, Map.of("gradeDecision", "APPROVE"));

		assertThat(supervision).isWaitingAtExactly(WAITING).job("Timer_MonthEnds").hasDueDate(NEXT_MONTH_ENDS);
		assertThat(ran).endsWith("recordMonthDecision", "recommendGrade", "recordGradeProposal", "recordGradeDecision",
				"recordGradeProposal", "recordGradeDecision");
	}

	@Test
	void correctionEnds_supervisionEndsWhereverItStands() {
		ProcessInstance supervision = supervisionBegins();
		Date superviseBy = deadline(d -> d.workingDaysFromToday(3));
		timerFires(supervision, "Timer_ReportMissed", periodEnds("REPORT", 1));
		assertThat(supervision).isWaitingAt("Task_ReportMissed");
		assertThat(task("Task_ReportMissed", supervision).getDueDate()).isEqualTo(superviseBy);

		runtimeService().createMessageCorrelation(SupervisionStart.CORRECTION_ENDED)
			.processInstanceBusinessKey(CASE)
			.correlate();

		assertThat(supervision).isEnded().hasPassed("Task_EndSupervision", "EndEvent_SupervisionEnded");
		assertThat(ran).endsWith("endSupervision");
	}

	/** Starts supervision and runs what follows its start, which the job executor does (asynchronous after it). */
	ProcessInstance supervisionBegins() {
		ProcessInstance supervision = runtimeService().startProcessInstanceByKey(SupervisionStart.PROCESS_KEY, CASE,
				Map.of("caseNumber", CASE));
		assertThat(supervision).isWaitingAt("StartEvent_SupervisionBegins");
		execute(job(supervision));
		return supervision;
	}

	ProcessInstance monthEnded() {
		ProcessInstance supervision = supervisionBegins();
		timerFires(supervision, "Timer_MonthEnds", MONTH_ENDS);
		return supervision;
	}

	/** The end of a kind's n-th period, as the fake record gives it: each kind and period a day of its own. */
	static Date periodEnds(String kind, int period) {
		return Date.from(Instant.parse("2026-03-15T15:59:59Z")
			.plus(10L * period + KINDS.indexOf(kind), ChronoUnit.DAYS));
	}

	static String periodLabel(String kind, int period) {
		return "%s 第 %d 期".formatted(kind, period);
	}

	static String workKind(DelegateExecution execution) {
		return DiagramProperties.required(execution, SchedulePeriodDelegate.WORK_KIND);
	}

	static Date date(String instant) {
		return Date.from(Instant.parse(instant));
	}

}
