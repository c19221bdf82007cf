package org.huigui.relocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 报到并移交: the person arrived; the case and its open work belong to the receiving office from now on. */
@Component("handOverCase")
class HandOverCaseDelegate implements JavaDelegate {

	private final Relocations relocations;

	private final CaseHandover handover;

	HandOverCaseDelegate(Relocations relocations, CaseHandover handover) {
		this.relocations = relocations;
		this.handover = handover;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RelocationRequest request = relocations.arrived(execution.getProcessInstanceId(),
				Fields.of(execution).dateNotAfterToday("arrivedOn"));
		handover.moveOpenWork(request.getCaseNumber(), request.getFromOfficeCode(), request.getTargetOfficeCode(),
				execution.getProcessInstanceId());
	}

}
