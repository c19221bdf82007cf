package org.huigui.relocation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.huigui.consistency.ConsistencyRule;
import org.huigui.consistency.EngineReads;
import org.huigui.consistency.Mismatch;
import org.springframework.stereotype.Component;

/**
 * A relocation waiting for the receiving county's answer ({@value #WAITING}, message
 * {@value AnswerConsultationDelegate#MESSAGE}) has a running {@value ReceivingCountyConsultation#PROCESS_KEY}
 * that names it in {@code requestingProcessInstanceId}, and a running verification's relocation still runs:
 * otherwise the relocation waits for an answer nothing will send, or the verification answers nobody.
 */
@Component
class AddressVerificationLinks implements ConsistencyRule {

	static final String WAITING = "Event_AddressVerified";

	private final RuntimeService runtimeService;

	AddressVerificationLinks(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	@Override
	public String what() {
		return "接收地核实";
	}

	@Override
	public long check(Consumer<Mismatch> found) {
		List<ProcessInstance> verifications = EngineReads.all(runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(ReceivingCountyConsultation.PROCESS_KEY).orderByProcessInstanceId().asc());
		Map<String, String> requestingOf = new HashMap<>();
		for (List<ProcessInstance> page : EngineReads.pages(verifications)) {
			String requesting = ReceivingCountyConsultation.REQUESTING_INSTANCE;
			EngineReads.variables(runtimeService, page.stream().map(ProcessInstance::getId).toList(), List.of(requesting))
				.forEach((id, variables) -> requestingOf.put(id, (String) variables.get(requesting)));
		}
		Set<String> requested = new HashSet<>(requestingOf.values());
		requested.remove(null);
		Set<String> running = runningRelocations(requested);
		for (ProcessInstance verification : verifications) {
			String requesting = requestingOf.get(verification.getId());
			if (!running.contains(requesting)) {
				found.accept(new Mismatch(verification.getBusinessKey(), "—", "relocation-verification 流程实例运行中，"
						+ "发起它的迁居流程 " + requesting + " 已不在运行", verification.getId(),
						"接收地核实新住址流程（%s）仍在运行，但发起它的迁居流程已不在运行，核实结果无处回复"
							.formatted(verification.getBusinessKey())));
			}
		}
		List<ProcessInstance> waiting = EngineReads.all(runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("relocation").activityIdIn(WAITING).orderByProcessInstanceId().asc());
		for (ProcessInstance relocation : waiting) {
			if (!requested.contains(relocation.getId())) {
				found.accept(new Mismatch(relocation.getBusinessKey(), "—",
						"relocation 流程等待接收地核实结果，无运行中的 relocation-verification 流程实例", relocation.getId(),
						"迁居流程（%s）在等待接收地核实结果（消息 %s），但没有运行中的核实流程会回复它"
							.formatted(relocation.getBusinessKey(), AnswerConsultationDelegate.MESSAGE)));
			}
		}
		return verifications.size() + waiting.size();
	}

	private Set<String> runningRelocations(Set<String> ids) {
		Set<String> running = new HashSet<>();
		for (List<String> page : EngineReads.pages(List.copyOf(ids))) {
			runtimeService.createProcessInstanceQuery().processDefinitionKey("relocation")
				.processInstanceIds(new HashSet<>(page)).list()
				.forEach(instance -> running.add(instance.getId()));
		}
		return running;
	}

}
