package org.huigui.bench;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The processes only the benchmark deploys: the intake's shape on bare Camunda (the same user tasks, parallel
 * branches and candidate groups, but no delegates, forms, timers or case store), and one open task per instance
 * for filling Tasklist.
 */
final class BenchModels {

	static final String BARE = "bench-bare-intake";

	static final String OPEN_TASK = "bench-open-task";

	private BenchModels() {
	}

	static void deploy(RepositoryService repository) {
		repository.createDeployment().name("huigui-bench").addModelInstance(BARE + ".bpmn", bare())
			.addModelInstance(OPEN_TASK + ".bpmn", openTask()).deploy();
	}

	private static BpmnModelInstance bare() {
		List<String> tasks = CaseRun.taskKeys();
		AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(BARE).camundaHistoryTimeToLive(1825)
			.startEvent().parallelGateway("Split").userTask(tasks.get(0)).camundaCandidateGroups("${officeCode}-staff")
			.parallelGateway("Join");
		for (String task : tasks.subList(2, tasks.size())) {
			flow = flow.userTask(task).camundaCandidateGroups("${officeCode}-staff");
		}
		return flow.endEvent().moveToNode("Split").userTask(tasks.get(1)).camundaCandidateGroups("${officeCode}-staff")
			.connectTo("Join").done();
	}

	private static BpmnModelInstance openTask() {
		return Bpmn.createExecutableProcess(OPEN_TASK).camundaHistoryTimeToLive(1825).startEvent().userTask("Task_Open")
			.name("待办").camundaCandidateGroups("${officeCode}-staff").camundaDueDate("${due}").endEvent().done();
	}

}
