package org.huigui.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

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
 * {@code processes/prison-handover.bpmn} with the real {@code assistance-category.dmn} it calls: general or key,
 * collected or reported, first-month relief or none, and both searches.
 */
@Deployment(resources = { "processes/prison-handover.bpmn", "processes/assistance-category.dmn" })
class HandoverDiagramTest extends DiagramScenarios {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = diagramEngine();

	static final String REFERENCE = "XSTZ-2026-000001";

	static final LocalDate RELEASE_DATE = LocalDate.of(2026, 4, 15);

	static final Map<String, Object> RECEIVED = Map.of("livelihood", "NO_INCOME", "familySupport", "GOOD");

	Date verifyBy;

	Date collectBy;

	Date reportBy;

	@BeforeEach
	void fakes() {
		ReleaseNoticeRecord releaseNotice = mock(ReleaseNoticeRecord.class);
		when(releaseNotice.releaseDate(any())).thenReturn(RELEASE_DATE);
		when(releaseNotice.receivedOn(any())).thenReturn(LocalDate.of(2026, 3, 16));
		bean("releaseNotice", releaseNotice);
		delegate("registerReleaseNotice", execution -> {
			execution.setProcessBusinessKey(REFERENCE);
			execution.setVariable("sentenceMonths", 36);
		});
		delegate("recordVerification", execution -> execution.setVariable("needsRelief",
				"NO_INCOME".equals(execution.getVariable("livelihood"))));
		delegate("recordClassification",
				execution -> execution.setVariable("keySubject", "KEY".equals(execution.getVariable("category"))));
		delegates("recordCollection", "recordHandoverReport", "recordRelief", "markHandoverOverdue",
				"openAssistanceCase");
		verifyBy = deadline(d -> d.workingDays(LocalDate.of(2026, 3, 16), 7));
		collectBy = deadline(d -> d.calendarDays(RELEASE_DATE, 0));
		reportBy = deadline(d -> d.calendarDays(RELEASE_DATE, 15));
	}

	@Test
	void general_reportsWithinFifteenDays_withIncome_intoAssistance() {
		ProcessInstance handover = classified("GOOD", Map.of("livelihood", "EMPLOYED", "familySupport", "GOOD"),
				"GENERAL");
		assertThat(handover).variables().containsEntry("recommendedCategory", "GENERAL")
			.containsEntry("recommendationReason", "无重点帮教情形");

		doTask(handover, "Task_Report", STAFF, reportBy, Map.of());
		handedOver(handover);

		assertThat(handover).hasNotPassed("Task_Collect", "Task_ArrangeRelief");
		assertThat(ran).containsExactly("registerReleaseNotice", "recordVerification", "recordClassification",
				"recordHandoverReport", "openAssistanceCase");
	}

	@Test
	void key_collectedOnTheReleaseDay_withoutIncome_getsTheFirstMonthsRelief() {
		ProcessInstance handover = classified("POOR", RECEIVED, "KEY");
		assertThat(handover).variables().containsEntry("recommendedCategory", "KEY")
			.containsEntry("recommendationReason", "狱内改造表现差");
		Date reliefBy = deadline(d -> d.calendarDays(RELEASE_DATE, 30));

		doTask(handover, "Task_Collect", STAFF, collectBy, Map.of());
		doTask(handover, "Task_ArrangeRelief", STAFF, reliefBy, Map.of());
		handedOver(handover);

		assertThat(handover).hasPassed("Task_RecordCollection", "Task_RecordRelief").hasNotPassed("Task_Report");
	}

	@Test
	void staffOverrideTheRecommendation_theirCategoryDecidesTheWay() {
		ProcessInstance handover = classified("GOOD", RECEIVED, "KEY");

		assertThat(handover).isWaitingAtExactly("Task_Collect").variables()
			.containsEntry("recommendedCategory", "GENERAL");
	}

	@Test
	void keyNotCollectedOnTheReleaseDay_theHeadSearches_whileTheCollectionStaysOpen() {
		ProcessInstance handover = classified("POOR", RECEIVED, "KEY");
		Date searchBy = deadline(d -> d.workingDaysFromToday(1));

		timerFires(handover, "Timer_NotCollected", collectBy);
		doTask(handover, "Task_SearchNotCollected", HEAD, searchBy, Map.of());

		assertThat(handover).hasPassed("Task_MarkNotCollected", "EndEvent_NotCollectedSearched")
			.isWaitingAtExactly("Task_Collect");
	}

	@Test
	void generalNotReportedInFifteenDays_theHeadSearches_whileTheReportStaysOpen() {
		ProcessInstance handover = classified("GOOD", RECEIVED, "GENERAL");
		Date searchBy = deadline(d -> d.workingDaysFromToday(1));

		timerFires(handover, "Timer_NotReported", reportBy);
		doTask(handover, "Task_FindPerson", HEAD, searchBy, Map.of());

		assertThat(handover).hasPassed("Task_MarkNotReported", "EndEvent_PersonSearched")
			.isWaitingAtExactly("Task_Report");
		assertThat(ran).contains("markHandoverOverdue");
	}

	/** Registered, verified, and classified as staff decide, after the table recommended. */
	ProcessInstance classified(String prisonAssessment, Map<String, Object> verification, String category) {
		ProcessInstance handover = runtimeService().startProcessInstanceByKey("prison-handover",
				Map.of("prisonAssessment", prisonAssessment, "offenceType", "PROPERTY"));
		assertThat(handover).hasBusinessKey(REFERENCE);
		doTask(handover, "Task_Verify", STAFF, verifyBy, verification);
		doTask(handover, "Task_Classify", STAFF, verifyBy, Map.of("category", category, "recommendation", "落实就业帮扶"));
		return handover;
	}

	/** 列入安置帮教 runs after its transaction boundary (asyncBefore), as the job executor would run it. */
	void handedOver(ProcessInstance handover) {
		assertThat(handover).isWaitingAtExactly("Task_OpenAssistanceCase");
		execute(job(handover));
		assertThat(handover).isEnded().hasPassed("EndEvent_HandedOver");
	}

}
