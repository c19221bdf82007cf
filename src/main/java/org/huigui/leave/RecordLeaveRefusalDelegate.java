package org.huigui.leave;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 不予批准: beyond what may be approved at all; no approval task is created. */
@Component("recordLeaveRefusal")
class RecordLeaveRefusalDelegate implements JavaDelegate {

	private final Leaves leaves;

	RecordLeaveRefusalDelegate(Leaves leaves) {
		this.leaves = leaves;
	}

	@Override
	public void execute(DelegateExecution execution) {
		leaves.refuse(execution.getProcessInstanceId(), (String) execution.getVariable("refusalReason"));
	}

}
