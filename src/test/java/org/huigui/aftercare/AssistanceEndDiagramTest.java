package org.huigui.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.huigui.system.DiagramScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/assistance-end.bpmn} alone: staff record re-offending or death, and the delegate tells
 * aftercare.
 */
@Deployment(resources = "processes/assistance-end.bpmn")
class AssistanceEndDiagramTest extends DiagramScenarios {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = diagramEngine();

	@Test
	void recorded_keyedByTheCase_andEnded() {
		delegate("requestAssistanceEnd",
				execution -> execution.setProcessBusinessKey((String) execution.getVariable("caseNumber")));

		ProcessInstance end = runtimeService().startProcessInstanceByKey("assistance-end",
				Map.of("caseNumber", "AZBJ-2026-000001", "endReason", "REOFFENDED", "endedOn", "2026-03-02"));

		assertThat(end).isEnded().hasPassed("Task_RequestEnd", "EndEvent_EndRecorded");
		assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(end.getId()).singleResult()
			.getBusinessKey()).isEqualTo("AZBJ-2026-000001");
		assertThat(ran).containsExactly("requestAssistanceEnd");
	}

}
