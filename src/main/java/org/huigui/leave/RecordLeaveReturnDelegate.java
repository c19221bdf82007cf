package org.huigui.leave;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 销假: the person reported back. */
@Component("recordLeaveReturn")
class RecordLeaveReturnDelegate implements JavaDelegate {

	private final Leaves leaves;

	RecordLeaveReturnDelegate(Leaves leaves) {
		this.leaves = leaves;
	}

	@Override
	public void execute(DelegateExecution execution) {
		leaves.returned(execution.getProcessInstanceId(), Fields.of(execution).dateNotAfterToday("returnedOn"));
	}

}
