package org.huigui.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.huigui.system.DiagramScenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/aftercare.bpmn} with the real {@code visit-frequency.dmn} it calls: visits and quarterly
 * reviews again and again, a missed visit, the period's end (released, or another period), and re-offending.
 * The fake {@code scheduleVisit} ends the visit period as many months after 2026-05-01 as the table says.
 */
@Deployment(resources = { "processes/aftercare.bpmn", "processes/visit-frequency.dmn" })
class AftercareDiagramTest extends DiagramScenarios {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = diagramEngine();

	Date periodEnds;

	Date monthlyVisitBy;

	Date reviewBy;

	Date releaseReviewBy;

	@BeforeEach
	void fakes() {
		delegate("scheduleVisit", execution -> execution.setVariable("visitDue", LocalDate.of(2026, 5, 1)
			.plusMonths(((Number) execution.getVariable("visitIntervalMonths")).longValue()).minusDays(1).toString()));
		delegate("scheduleReview", execution -> execution.setVariable("reviewDue", "2026-06-30"));
		delegate("recordReview",
				execution -> execution.setVariable("category", execution.getVariable("categoryAfter")));
		delegate("recordReleaseReview", execution -> {
			boolean release = "RELEASE".equals(execution.getVariable("releaseDecision"));
			if (!release) {
				execution.setVariable("assistanceEndsOn", "2032-04-15");
			}
			execution.setVariable("released", release);
		});
		delegates("recordVisit", "recordMissedVisit", "endAssistance");
		periodEnds = deadline(d -> d.startOf("2031-04-15"));
		monthlyVisitBy = deadline(d -> d.calendarDays("2026-05-31", 0));
		reviewBy = deadline(d -> d.calendarDays("2026-06-30", 0));
		releaseReviewBy = deadline(d -> d.workingDaysFromToday(5));
	}

	@Test
	void keySubject_visitedMonthly_andReviewedQuarterly_eachAgainAfterwards() {
		ProcessInstance aftercare = assistanceBegins();
		assertThat(aftercare).isWaitingAt("Task_Visit", "Task_QuarterlyReview").variables()
			.containsEntry("visitIntervalMonths", 1);

		doTask(aftercare, "Task_Visit", STAFF, monthlyVisitBy, Map.of());
		doTask(aftercare, "Task_QuarterlyReview", STAFF, reviewBy, Map.of("categoryAfter", "KEY"));

		assertThat(aftercare).isWaitingAtExactly("SubProcess_Assistance", "Task_Visit", "Task_QuarterlyReview");
		assertThat(ran).containsExactly("scheduleVisit", "scheduleReview", "recordVisit", "scheduleVisit",
				"recordReview", "scheduleReview");
	}

	@Test
	void reviewMakesTheSubjectGeneral_theNextVisitPeriodIsThreeMonths() {
		ProcessInstance aftercare = assistanceBegins();
		Date quarterlyVisitBy = deadline(d -> d.calendarDays("2026-07-31", 0));

		doTask(aftercare, "Task_QuarterlyReview", STAFF, reviewBy, Map.of("categoryAfter", "GENERAL"));
		doTask(aftercare, "Task_Visit", STAFF, monthlyVisitBy, Map.of());

		doTask(aftercare, "Task_Visit", STAFF, quarterlyVisitBy, Map.of());
	}

	@Test
	void visitMissed_theHeadSupervises_whileTheVisitStaysOpen() {
		ProcessInstance aftercare = assistanceBegins();
		Date superviseBy = deadline(d -> d.workingDaysFromToday(3));

		timerFires(aftercare, "Timer_VisitMissed", monthlyVisitBy);
		doTask(aftercare, "Task_MissedVisit", HEAD, superviseBy, Map.of());

		assertThat(aftercare).hasPassed("Task_RecordMissedVisit", "EndEvent_MissedVisitHandled")
			.isWaitingAtExactly("SubProcess_Assistance", "Task_Visit", "Task_QuarterlyReview");
	}

	@Test
	void periodEnds_theHeadReleases() {
		ProcessInstance aftercare = periodEnded();

		doTask(aftercare, "Task_ReleaseReview", HEAD, releaseReviewBy, Map.of("releaseDecision", "RELEASE"));

		assertThat(aftercare).isEnded().hasPassed("EndEvent_Released");
	}

	@Test
	void periodEnds_stillNeeded_anotherPeriodWithItsOwnEnd() {
		ProcessInstance aftercare = periodEnded();
		Date extendedPeriodEnds = deadline(d -> d.startOf("2032-04-15"));

		doTask(aftercare, "Task_ReleaseReview", HEAD, releaseReviewBy, Map.of("releaseDecision", "CONTINUE"));

		assertThat(aftercare).isWaitingAtExactly("SubProcess_Assistance", "Task_Visit", "Task_QuarterlyReview")
			.job("Timer_PeriodEnds")
			.hasDueDate(extendedPeriodEnds);
	}

	@Test
	void reoffending_endsAssistanceWhereverItStands() {
		ProcessInstance aftercare = assistanceBegins();

		runtimeService().createMessageCorrelation(RequestAssistanceEndDelegate.MESSAGE)
			.processInstanceId(aftercare.getId())
			.setVariable("endReason", "REOFFENDED").correlate();

		assertThat(aftercare).isEnded().hasPassed("Task_EndAssistance", "EndEvent_AssistanceEnded")
			.hasNotPassed("Task_ReleaseReview");
		assertThat(ran).endsWith("endAssistance");
	}

	ProcessInstance assistanceBegins() {
		return runtimeService().startProcessInstanceByKey(AssistanceStart.PROCESS_KEY, "AZBJ-2026-000001",
				Map.of("category", "KEY", "assistanceEndsOn", "2031-04-15"));
	}

	ProcessInstance periodEnded() {
		ProcessInstance aftercare = assistanceBegins();
		timerFires(aftercare, "Timer_PeriodEnds", periodEnds);
		assertThat(aftercare).isWaitingAtExactly("Task_ReleaseReview");
		return aftercare;
	}

}
