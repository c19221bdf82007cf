package org.huigui.leave;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;
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
		Fields fields = Fields.of(execution);
		String decision = fields.text("decision", 10);
		String note = fields.optionalText("decisionNote", 1000);
		if ("APPROVE".equals(decision)) {
			execution.setVariable("passNumber", leaves.approve(execution.getProcessInstanceId(), note));
			execution.setVariable("leaveApproved", true);
		}
		else if ("REJECT".equals(decision)) {
			if (note == null) {
				throw new InputRejected("decisionNote", "不予批准时须写明理由");
			}
			leaves.reject(execution.getProcessInstanceId(), note);
			execution.setVariable("leaveApproved", false);
		}
		else {
			throw new InputRejected("decision", "须为 APPROVE 或 REJECT（收到 " + decision + "）");
		}
	}

}
