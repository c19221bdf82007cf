package org.huigui.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes a line into the case timeline from any diagram, for events no form records (an escalation,
 * a deadline passed). The diagram gives input parameters {@code eventKind} and {@code eventSummary}.
 */
@Component("recordCaseEvent")
class RecordCaseEventDelegate implements JavaDelegate {

	private final CaseFiles caseFiles;

	RecordCaseEventDelegate(CaseFiles caseFiles) {
		this.caseFiles = caseFiles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		caseFiles.recordEvent(execution.getProcessBusinessKey(), (String) execution.getVariableLocal("eventKind"),
				(String) execution.getVariableLocal("eventSummary"), null);
	}

}
