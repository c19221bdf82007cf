package org.huigui.relocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.Approval;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 县司法局决定: approved, or rejected with its reason. */
@Component("recordRelocationDecision")
class RecordRelocationDecisionDelegate implements JavaDelegate {

	private final Relocations relocations;

	RecordRelocationDecisionDelegate(Relocations relocations) {
		this.relocations = relocations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Approval approval = Approval.of(execution);
		if (approval.approved()) {
			relocations.approve(execution.getProcessInstanceId(), approval.note());
			execution.setVariable("decidedOn", Fields.today().toString());
		}
		else {
			relocations.reject(execution.getProcessInstanceId(), approval.note());
		}
		execution.setVariable("relocationApproved", approval.approved());
	}

}
