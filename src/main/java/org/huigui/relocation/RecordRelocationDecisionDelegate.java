package org.huigui.relocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;
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
		Fields fields = Fields.of(execution);
		String decision = fields.text("decision", 10);
		String note = fields.optionalText("decisionNote", 1000);
		if ("APPROVE".equals(decision)) {
			relocations.approve(execution.getProcessInstanceId(), note);
			execution.setVariable("relocationApproved", true);
			execution.setVariable("decidedOn", Fields.today().toString());
		}
		else if ("REJECT".equals(decision)) {
			if (note == null) {
				throw new InputRejected("decisionNote", "不准予变更时须写明理由");
			}
			relocations.reject(execution.getProcessInstanceId(), note);
			execution.setVariable("relocationApproved", false);
		}
		else {
			throw new InputRejected("decision", "须为 APPROVE 或 REJECT（收到 " + decision + "）");
		}
	}

}
