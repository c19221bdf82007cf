package org.huigui.casefile;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A listener on every process the engine parses, as a built-in one: it runs whatever a diagram says and Cockpit's
 * "skip custom listeners" does not skip it.
 */
final class EveryProcess {

	private EveryProcess() {
	}

	static void listen(ProcessEngineConfigurationImpl configuration, String eventName, ExecutionListener listener) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {

			@Override
			public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
				processDefinition.addBuiltInListener(eventName, listener);
			}

		});
	}

}
