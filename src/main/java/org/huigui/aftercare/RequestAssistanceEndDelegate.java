package org.huigui.aftercare;

import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.casefile.CaseFile;
import org.huigui.casefile.CaseVariables;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;
import org.springframework.stereotype.Component;

/**
 * 终止帮教登记: checks what staff recorded and tells the case's assistance process by the message
 * {@value #MESSAGE}, which ends it wherever it stands.
 */
@Component("requestAssistanceEnd")
class RequestAssistanceEndDelegate implements JavaDelegate {

	static final String MESSAGE = "AssistanceEnded";

	private final AssistanceCases assistanceCases;

	private final RuntimeService runtimeService;

	private final CaseVariables caseVariables;

	RequestAssistanceEndDelegate(AssistanceCases assistanceCases, RuntimeService runtimeService,
			CaseVariables caseVariables) {
		this.assistanceCases = assistanceCases;
		this.runtimeService = runtimeService;
		this.caseVariables = caseVariables;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		CaseFile caseFile = assistanceCases.underAssistance(fields.text("caseNumber"));
		EndReason reason = fields.choice("endReason", EndReason.class);
		if (reason == EndReason.RELEASED) {
			throw new InputRejected("endReason", "解除帮教由帮教期满审查办理，此处只登记重新犯罪或死亡");
		}
		LocalDate endedOn = fields.dateNotAfterToday("endedOn");
		String caseNumber = caseFile.getCaseNumber();
		if (runtimeService.createProcessInstanceQuery().processDefinitionKey(AssistanceStart.PROCESS_KEY)
			.processInstanceBusinessKey(caseNumber).count() == 0) {
			throw new InputRejected("caseNumber", "案件 " + caseNumber + " 没有进行中的帮教流程");
		}
		execution.setProcessBusinessKey(caseNumber);
		caseVariables.copyTo(execution, caseFile);
		runtimeService.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(caseNumber)
			.setVariable("endReason", reason.name())
			.setVariable("endedOn", endedOn.toString())
			.setVariable("endNote", fields.optionalText("endNote"))
			.correlate();
	}

}
