package org.huigui.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.huigui.system.DiagramScenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code processes/intake.bpmn} alone: documents complete or requested, reporting, the file, both escalations. */
@Deployment(resources = "processes/intake.bpmn")
class IntakeDiagramTest extends DiagramScenarios {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = diagramEngine();

	static final String CASE = "SQJZ-2026-000001";

	Date checkBy;

	Date reportBy;

	Date fileBy;

	@BeforeEach
	void fakes() {
		delegate("registerCase", execution -> {
			execution.setProcessBusinessKey(CASE);
			execution.setVariable("receivedOn", "2026-03-02");
		});
		delegates("recordReport", "recordFileBuilt", "recordPlan", "recordAnnouncement", "activateCase",
				"recordCaseEvent");
		checkBy = deadline(d -> d.workingDays("2026-03-02", 3));
		reportBy = deadline(d -> d.calendarDays("2026-02-27", 10));
		fileBy = deadline(d -> d.workingDays("2026-03-04", 7));
	}

	@Test
	void documentsComplete_reported_fileBuilt_planned_announced_underSupervision() {
		ProcessInstance intake = documentsReceived();
		assertThat(intake).hasBusinessKey(CASE).isWaitingAt("Task_CheckDocuments", "Task_RegisterReport");

		doTask(intake, "Task_CheckDocuments", STAFF, checkBy, Map.of("documentsCheck", "COMPLETE"));
		reported(intake);
		doTask(intake, "Task_BuildFile", STAFF, fileBy, Map.of());
		doTask(intake, "Task_PlanAndGroup", STAFF, null, Map.of());
		doTask(intake, "Task_Announce", STAFF, null, Map.of());

		assertThat(intake).isEnded().hasPassed("EndEvent_UnderSupervision").hasNotPassed("Task_RequestDocuments");
		assertThat(ran).containsExactly("registerCase", "recordReport", "recordFileBuilt", "recordPlan",
				"recordAnnouncement", "activateCase");
	}

	@Test
	void incompleteDocuments_areRequested_andCheckedAgain_beforeTheFile() {
		ProcessInstance intake = documentsReceived();
		reported(intake);
		doTask(intake, "Task_CheckDocuments", STAFF, checkBy, Map.of("documentsCheck", "INCOMPLETE"));
		assertThat(intake).isWaitingAt("Task_RequestDocuments").isNotWaitingAt("Task_BuildFile");

		doTask(intake, "Task_RequestDocuments", STAFF, null, Map.of());
		doTask(intake, "Task_CheckDocuments", STAFF, checkBy, Map.of("documentsCheck", "COMPLETE"));

		assertThat(intake).isWaitingAtExactly("Task_BuildFile");
	}

	@Test
	void notReportedInTenDays_theHeadSearches_whileReportingStaysOpen() {
		ProcessInstance intake = documentsReceived();
		Date searchBy = deadline(d -> d.workingDaysFromToday(1));

		timerFires(intake, "Timer_NotReported", reportBy);
		doTask(intake, "Task_SearchPerson", HEAD, searchBy, Map.of());

		assertThat(intake).hasPassed("Task_RecordNotReported", "EndEvent_SearchHandled")
			.isWaitingAt("Task_CheckDocuments", "Task_RegisterReport");
		assertThat(ran).containsExactly("registerCase", "recordCaseEvent");
	}

	@Test
	void fileNotBuiltInSevenWorkingDays_theHeadSupervises_whileTheFileStaysOpen() {
		ProcessInstance intake = documentsReceived();
		doTask(intake, "Task_CheckDocuments", STAFF, checkBy, Map.of("documentsCheck", "COMPLETE"));
		reported(intake);

		timerFires(intake, "Timer_FileOverdue", fileBy);
		doTask(intake, "Task_SuperviseFile", HEAD, null, Map.of());

		assertThat(intake).hasPassed("Task_RecordFileOverdue", "EndEvent_FileOverdueHandled")
			.isWaitingAtExactly("Task_BuildFile");
	}

	ProcessInstance documentsReceived() {
		return runtimeService().startProcessInstanceByKey("intake", Map.of("judgmentEffectiveOn", "2026-02-27"));
	}

	void reported(ProcessInstance intake) {
		doTask(intake, "Task_RegisterReport", STAFF, reportBy, Map.of("reportedOn", "2026-03-04"));
	}

}
