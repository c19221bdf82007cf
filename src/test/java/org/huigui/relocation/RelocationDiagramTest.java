package org.huigui.relocation;

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
 * {@code processes/relocation.bpmn} alone: the receiving county's answer arrives as the message its own
 * verification sends ({@link RelocationVerificationDiagramTest}).
 */
@Deployment(resources = "processes/relocation.bpmn")
class RelocationDiagramTest extends DiagramScenarios {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = diagramEngine();

	static final LocalDate DECIDED_ON = LocalDate.of(2026, 3, 10);

	Date transferBy;

	Date arrivalBy;

	@BeforeEach
	void fakes() {
		bean("relocationRecord", TwoCounties.relocationRecord(DECIDED_ON));
		delegates("receiveRelocation", "consultReceivingCounty", "handOverCase", "recordCaseEvent");
		delegate("recordRelocationDecision", execution -> execution.setVariable("relocationApproved",
				"APPROVE".equals(execution.getVariable("decision"))));
		transferBy = deadline(d -> d.workingDays(DECIDED_ON, 3));
		arrivalBy = deadline(d -> d.calendarDays(DECIDED_ON, 7));
	}

	@Test
	void approved_fileTransferred_andArrival_handTheCaseToTheReceivingOffice() {
		ProcessInstance relocation = approved();
		assertThat(relocation).isWaitingAt("Task_TransferFile", "Task_ConfirmArrival");

		doTask(relocation, "Task_TransferFile", TwoCounties.SENDING_STAFF, transferBy, Map.of());
		doTask(relocation, "Task_ConfirmArrival", TwoCounties.RECEIVING_STAFF, arrivalBy, Map.of());

		assertThat(relocation).isEnded().hasPassed("Task_HandOver", "EndEvent_Relocated");
		assertThat(ran).containsExactly("receiveRelocation", "consultReceivingCounty", "recordRelocationDecision",
				"handOverCase");
	}

	@Test
	void rejected_endsWithoutTransfer() {
		ProcessInstance relocation = decided(Map.of("decision", "REJECT", "decisionNote", "新住址核实不符"));

		assertThat(relocation).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Gateway_Split");
	}

	@Test
	void notArrivedInSevenDays_theReceivingOfficeSearches_andTheSendingOfficeIsTold() {
		ProcessInstance relocation = approved();
		Date searchBy = deadline(d -> d.workingDaysFromToday(1));

		timerFires(relocation, "Timer_NotArrived", arrivalBy);
		doTask(relocation, "Task_SearchPerson", TwoCounties.RECEIVING_STAFF, searchBy, Map.of());
		doTask(relocation, "Task_NotifySending", TwoCounties.SENDING_STAFF, searchBy, Map.of());

		assertThat(relocation).hasPassed("Task_RecordNotArrived", "EndEvent_SearchDone", "EndEvent_Notified")
			.isWaitingAtExactly("Task_TransferFile", "Task_ConfirmArrival");
	}

	ProcessInstance approved() {
		return decided(Map.of("decision", "APPROVE"));
	}

	ProcessInstance decided(Map<String, Object> decision) {
		ProcessInstance relocation = runtimeService().startProcessInstanceByKey("relocation", "SQJZ-2026-000001",
				Map.of("newAddress", "东里县新村路1号"));
		doTask(relocation, "Task_OfficeOpinion", TwoCounties.SENDING_STAFF, null, Map.of());
		assertThat(relocation).isWaitingFor(AnswerConsultationDelegate.MESSAGE);
		runtimeService().createMessageCorrelation(AnswerConsultationDelegate.MESSAGE)
			.processInstanceId(relocation.getId())
			.setVariable("addressVerified", true).correlate();
		doTask(relocation, "Task_CountyDecision", TwoCounties.SENDING_BUREAU, null, decision);
		return relocation;
	}

}
