package org.huigui.casefile;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.DiagramProperties;
import org.springframework.stereotype.Component;

/**
 * Writes a line into the case timeline from any diagram, for events no form records (an escalation,
 * a deadline passed). The service task names them in its extension properties {@code eventKind} and
 * {@code eventSummary} (Modeler: Extension properties): read from the deployed diagram, they cost no
 * process variables and none of their history rows, which matters in deadline escalations that run by the
 * thousand (README, Performance). Diagrams deployed before name them in input parameters, which still count.
 */
@Component("recordCaseEvent")
class RecordCaseEventDelegate implements JavaDelegate {

	private final CaseFiles caseFiles;

	RecordCaseEventDelegate(CaseFiles caseFiles) {
		this.caseFiles = caseFiles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Map<String, String> properties = DiagramProperties.of(execution);
		caseFiles.recordEvent(execution.getProcessBusinessKey(), required(properties, "eventKind", execution),
				required(properties, "eventSummary", execution), null);
	}

	private static String required(Map<String, String> properties, String name, DelegateExecution execution) {
		String value = properties.containsKey(name) ? properties.get(name)
				: execution.getVariableLocal(name) instanceof String parameter ? parameter : null;
		if (value == null || value.isBlank()) {
			throw new ProcessEngineException("service task " + execution.getCurrentActivityId()
					+ " records a case event but names no " + name + " (extension property)");
		}
		return value;
	}

}
