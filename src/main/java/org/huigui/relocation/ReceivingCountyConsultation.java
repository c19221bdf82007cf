package org.huigui.relocation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The receiving county's own verification of the new address ({@value #PROCESS_KEY}), handed only what it needs
 * to verify the address, never the sending county's case; it answers the relocation that asked.
 */
@Component
class ReceivingCountyConsultation {

	static final String PROCESS_KEY = "relocation-verification";

	static final String REQUESTING_INSTANCE = "requestingProcessInstanceId";

	private static final List<String> HANDED_OVER = List.of("targetOfficeCode", "targetCountyCode", "personName",
			"newAddress", "plannedMoveOn");

	private final RuntimeService runtimeService;

	ReceivingCountyConsultation(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	/** Asks the receiving county, with what {@code from} (the relocation, or an earlier verification) knows. */
	void ask(String caseNumber, String relocationInstanceId, VariableScope from) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(REQUESTING_INSTANCE, relocationInstanceId);
		HANDED_OVER.forEach(name -> variables.put(name, from.getVariable(name)));
		runtimeService.startProcessInstanceByKey(PROCESS_KEY, caseNumber, variables);
	}

	List<ProcessInstance> runningFor(String relocationInstanceId) {
		return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
			.variableValueEquals(REQUESTING_INSTANCE, relocationInstanceId).list();
	}

	boolean awaitsAnswer(String relocationInstanceId) {
		return runtimeService.createExecutionQuery().processInstanceId(relocationInstanceId)
			.messageEventSubscriptionName(AnswerConsultationDelegate.MESSAGE).count() > 0;
	}

}
