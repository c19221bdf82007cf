package org.huigui.leave;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.Approval;
import org.springframework.stereotype.Component;

/** 审批结果: approved with a pass number (外出证明), or rejected with its reason. */
@Component("recordLeaveDecision")
class RecordLeaveDecisionDelegate implements JavaDelegate {

	private final Leaves leaves;

	RecordLeaveDecisionDelegate(Leaves leaves) {
		this.leaves = leaves;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Approval approval = Approval.of(execution);
		if (approval.approved()) {
			execution.setVariable("passNumber", leaves.approve(execution.getProcessInstanceId(), approval.note()));
		}
		else {
			leaves.reject(execution.getProcessInstanceId(), approval.note());
		}
		execution.setVariable("leaveApproved", approval.approved());
	}

}
