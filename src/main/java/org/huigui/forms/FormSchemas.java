package org.huigui.forms;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.entity.CamundaFormDefinitionManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/** Finds the deployed Camunda Form a step refers to, as Tasklist would, and keeps it parsed. */
class FormSchemas {

	private final Map<String, FormSchema> byDefinitionId = new ConcurrentHashMap<>();

	Optional<FormSchema> of(FormReference reference, DelegateExecution execution) {
		return of(reference, ((ExecutionEntity) execution).getProcessDefinition().getDeploymentId());
	}

	/** The form as a step of a process deployed in {@code deploymentId} refers to it; inside a command. */
	Optional<FormSchema> of(FormReference reference, String deploymentId) {
		CommandContext commandContext = Context.getCommandContext();
		CamundaFormDefinitionManager manager = commandContext.getCamundaFormDefinitionManager();
		CamundaFormDefinitionEntity definition = "deployment".equals(reference.binding())
				? manager.findDefinitionByDeploymentAndKey(deploymentId, reference.key())
				: manager.findLatestDefinitionByKey(reference.key());
		if (definition == null) {
			return Optional.empty();
		}
		return Optional.of(byDefinitionId.computeIfAbsent(definition.getId(), id -> {
			ResourceEntity resource = commandContext.getResourceManager()
				.findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
			try {
				return FormSchema.parse(resource.getBytes());
			}
			catch (IOException ex) {
				throw new ProcessEngineException("form " + reference.key() + " is not valid JSON", ex);
			}
		}));
	}

	/** A step's {@code camunda:formRef} and its binding, kept on the parsed step as {@value #PROPERTY}. */
	record FormReference(String key, String binding) {

		static final String PROPERTY = "huigui.form";

	}

}
