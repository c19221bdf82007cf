package org.huigui.relocation;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 回复核实结果: the receiving county's answer goes back to the requesting process by message. */
@Component("answerRelocationConsultation")
class AnswerConsultationDelegate implements JavaDelegate {

	static final String MESSAGE = "RelocationAddressVerified";

	private final RuntimeService runtimeService;

	private final Relocations relocations;

	AnswerConsultationDelegate(RuntimeService runtimeService, Relocations relocations) {
		this.runtimeService = runtimeService;
		this.relocations = relocations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		boolean verified = "CONFIRMED".equals(fields.text("addressCheck", 20));
		String note = fields.text("verificationNote");
		String requesting = (String) execution.getVariable(ReceivingCountyConsultation.REQUESTING_INSTANCE);
		relocations.verified(requesting, verified, note);
		runtimeService.createMessageCorrelation(MESSAGE).processInstanceId(requesting)
			.setVariable("addressVerified", verified).setVariable("verificationNote", note).correlate();
	}

}
