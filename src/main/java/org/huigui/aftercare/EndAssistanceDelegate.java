package org.huigui.aftercare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 终止帮教: re-offending or death, as staff recorded it, closes the case with that reason. */
@Component("endAssistance")
class EndAssistanceDelegate implements JavaDelegate {

	private final AssistanceCases assistanceCases;

	EndAssistanceDelegate(AssistanceCases assistanceCases) {
		this.assistanceCases = assistanceCases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		assistanceCases.end(execution.getProcessBusinessKey(), fields.choice("endReason", EndReason.class),
				fields.date("endedOn"), fields.optionalText("endNote"));
	}

}
