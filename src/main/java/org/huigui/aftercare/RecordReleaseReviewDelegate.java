package org.huigui.aftercare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;
import org.springframework.stereotype.Component;

/** 解除帮教审查: release from assistance, or, when still needed, a further period of assistance. */
@Component("recordReleaseReview")
class RecordReleaseReviewDelegate implements JavaDelegate {

	private final AssistanceCases assistanceCases;

	RecordReleaseReviewDelegate(AssistanceCases assistanceCases) {
		this.assistanceCases = assistanceCases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		String decision = fields.text("releaseDecision", 20);
		String note = fields.text("releaseNote");
		String caseNumber = execution.getProcessBusinessKey();
		switch (decision) {
			case "RELEASE" -> assistanceCases.release(caseNumber, note);
			case "CONTINUE" -> execution.setVariable("assistanceEndsOn", assistanceCases.extend(caseNumber, note).toString());
			default -> throw new InputRejected("releaseDecision", "须为 RELEASE 或 CONTINUE（收到 " + decision + "）");
		}
		execution.setVariable("released", "RELEASE".equals(decision));
	}

}
