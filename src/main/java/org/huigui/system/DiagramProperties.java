package org.huigui.system;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The extension properties (Modeler: Extension properties) of the element an execution is at, for a delegate that
 * serves several steps ({@code eventKind}, {@code workKind}): read from the deployed diagram, they cost no process
 * variables and none of their history rows, which matters in steps that run by the thousand.
 */
public final class DiagramProperties {

	private DiagramProperties() {
	}

	public static Map<String, String> of(DelegateExecution execution) {
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

	/** The property {@code name} of the element, which the diagram must give. */
	public static String required(DelegateExecution execution, String name) {
		String value = of(execution).get(name);
		if (value == null || value.isBlank()) {
			throw new ProcessEngineException("service task " + execution.getCurrentActivityId() + " names no " + name
					+ " (extension property)");
		}
		return value;
	}

}
