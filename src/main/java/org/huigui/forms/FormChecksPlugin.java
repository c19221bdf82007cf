package org.huigui.forms;

import java.util.ArrayList;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.huigui.casefile.CaseFiles;
import org.huigui.forms.FormSchemas.FormReference;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Gives every start event and user task that has a Camunda Form the server-side check of that form,
 * in every process, with nothing to add to the diagrams, and names the form on the step for
 * {@link FormOwnedSubmissions}.
 */
@Component
class FormChecksPlugin extends AbstractProcessEnginePlugin {

	private final FormSchemas schemas = new FormSchemas();

	/** Looked up on first use, once: the engine is built before the case store. */
	private final Supplier<CaseFiles> caseFiles;

	FormChecksPlugin(ObjectProvider<CaseFiles> caseFiles) {
		this.caseFiles = SingletonSupplier.of(caseFiles::getObject);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(parseListener());
	}

	private BpmnParseListener parseListener() {
		return new AbstractBpmnParseListener() {

			@Override
			public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
				attach(element, activity, false);
			}

			@Override
			public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				attach(element, activity, true);
			}

		};
	}

	private void attach(Element element, ActivityImpl activity, boolean userTask) {
		String key = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
		if (key == null || key.contains("${")) {
			return;
		}
		FormReference form = new FormReference(key,
				element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRefBinding"));
		activity.setProperty(FormReference.PROPERTY, form);
		activity.addBuiltInListener(ExecutionListener.EVENTNAME_END,
				new FormSubmissionCheck(form, userTask, schemas, caseFiles));
	}

}
