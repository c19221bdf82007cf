package org.huigui.handover;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 衔接完成: the person passes into resettlement assistance, in a new case or the one the notice was linked to. */
@Component("openAssistanceCase")
class OpenAssistanceCaseDelegate implements JavaDelegate {

	private final Handovers handovers;

	OpenAssistanceCaseDelegate(Handovers handovers) {
		this.handovers = handovers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable("caseNumber", handovers.complete(execution.getProcessBusinessKey()));
	}

}
