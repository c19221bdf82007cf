package org.huigui.casefile;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
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
		Map<String, String> properties = properties(execution);
		caseFiles.recordEvent(execution.getProcessBusinessKey(), required(properties, "eventKind", execution),
				required(properties, "eventSummary", execution), null);
	}

	private static Map<String, String> properties(DelegateExecution execution) {
		ExtensionElements extensions = execution.getBpmnModelElementInstance().getExtensionElements();
		if (extensions == null) {
			return Map.of();
		}
		return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
			.flatMap(properties -> properties.getCamundaProperties().stream())
			.filter(property -> property.getCamundaName() != null && property.getCamundaValue() != null)
			.collect(Collectors.toMap(CamundaProperty::getCamundaName, CamundaProperty::getCamundaValue,
					(first, second) -> first));
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
