package org.huigui.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
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
 * {@code processes/leave.bpmn} alone, with the approval level as {@code applyLeaveRules} would set it from
 * {@code leave-approval.dmn} (the table has its own {@link LeaveApprovalDiagramTest}).
 */
@Deployment(resources = "processes/leave.bpmn")
class LeaveDiagramTest extends DiagramScenarios {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = diagramEngine();

	static final Map<String, Object> APPROVE = Map.of("decision", "APPROVE");

	Date reportBackBy;

	@BeforeEach
	void fakes() {
		LeaveRecord leaveRecord = mock(LeaveRecord.class);
		when(leaveRecord.leaveTo(any())).thenReturn(LocalDate.of(2026, 3, 15));
		bean("leaveRecord", leaveRecord);
		delegates("receiveLeaveRequest", "recordLeaveRefusal", "recordLeaveReturn", "recordCaseEvent");
		delegate("recordLeaveDecision", execution -> execution.setVariable("leaveApproved",
				"APPROVE".equals(execution.getVariable("decision"))));
		reportBackBy = deadline(d -> d.calendarDays(LocalDate.of(2026, 3, 15), 1));
	}

	@Test
	void upToSevenDays_theHeadApproves_andTheReportBackEndsIt() {
		ProcessInstance leave = requested("OFFICE");
		doTask(leave, "Task_HeadApproval", HEAD, null, APPROVE);
		doTask(leave, "Task_ReportBack", STAFF, reportBackBy, Map.of());

		assertThat(leave).isEnded().hasPassed("EndEvent_Returned").hasNotPassed("Task_OfficeOpinion");
		assertThat(ran).containsExactly("receiveLeaveRequest", "applyLeaveRules", "recordLeaveDecision",
				"recordLeaveReturn");
	}

	@Test
	void eightToThirtyDays_theOfficeGivesItsOpinion_andTheCountyApproves() {
		ProcessInstance leave = requested("COUNTY");
		doTask(leave, "Task_OfficeOpinion", STAFF, null, Map.of());
		doTask(leave, "Task_CountyApproval", BUREAU, null, APPROVE);

		assertThat(leave).isWaitingAtExactly("Task_ReportBack").hasNotPassed("Task_HeadApproval");
	}

	@Test
	void overTheLimits_refusedWithoutAnApprover() {
		ProcessInstance leave = requested("REFUSED");

		assertThat(leave).isEnded().hasPassed("Task_RecordRefusal", "EndEvent_Refused")
			.hasNotPassed("Task_HeadApproval", "Task_OfficeOpinion");
	}

	@Test
	void rejected_endsWithoutAReportBack() {
		ProcessInstance leave = requested("OFFICE");
		doTask(leave, "Task_HeadApproval", HEAD, null, Map.of("decision", "REJECT", "decisionNote", "理由不充分"));

		assertThat(leave).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_ReportBack");
	}

	@Test
	void notBackTheDayAfter_theHeadOrdersTheReturn_whileTheReportBackStaysOpen() {
		ProcessInstance leave = requested("OFFICE");
		doTask(leave, "Task_HeadApproval", HEAD, null, APPROVE);
		Date orderBy = deadline(d -> d.workingDaysFromToday(1));

		timerFires(leave, "Timer_Overstay", reportBackBy);
		doTask(leave, "Task_Overstay", HEAD, orderBy, Map.of());

		assertThat(leave).hasPassed("Task_RecordOverstay", "EndEvent_OverstayHandled")
			.isWaitingAtExactly("Task_ReportBack");
	}

	ProcessInstance requested(String approvalLevel) {
		delegate("applyLeaveRules", execution -> execution.setVariable("approvalLevel", approvalLevel));
		return runtimeService().startProcessInstanceByKey("leave", "SQJZ-2026-000001",
				Map.of("leaveFrom", "2026-03-09", "leaveTo", "2026-03-15"));
	}

}
