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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code processes/relocation-verification.bpmn} alone: the receiving county verifies the address and answers. */
@Deployment(resources = "processes/relocation-verification.bpmn")
class RelocationVerificationDiagramTest extends DiagramScenarios {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = diagramEngine();

	@Test
	void theReceivingBureauVerifies_inFiveWorkingDays_andTheAnswerGoesBack() {
		bean("relocationRecord", TwoCounties.relocationRecord(LocalDate.of(2026, 3, 10)));
		delegates("answerRelocationConsultation");
		Date verifyBy = deadline(d -> d.workingDaysFromToday(5));

		ProcessInstance verification = runtimeService().startProcessInstanceByKey(
				ReceivingCountyConsultation.PROCESS_KEY, "SQJZ-2026-000001",
				Map.of(ReceivingCountyConsultation.REQUESTING_INSTANCE, "relocation-1"));
		doTask(verification, "Task_VerifyAddress", TwoCounties.RECEIVING_BUREAU, verifyBy,
				Map.of("addressCheck", "CONFIRMED", "verificationNote", "经村委会核实属实"));

		assertThat(verification).isEnded().hasPassed("EndEvent_Answered");
		assertThat(ran).containsExactly("answerRelocationConsultation");
	}

}
