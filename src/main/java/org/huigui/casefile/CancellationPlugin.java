package org.huigui.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Deleting a process instance (撤销) is a real operation: the case's timeline says who cancelled which process and
 * why, and the feature that owns the process closes what it left open ({@link CancelledWork}). A built-in listener,
 * so Cockpit's "skip custom listeners" does not skip it. Only a deletion of the instance counts (the engine
 * deletes it as the root of a cascade): not a normal end, not a terminate end event, not a boundary event or event
 * subprocess cancelling a scope inside the instance. ({@code isExternallyTerminated} would not do: Cockpit and the
 * REST API set it, {@code RuntimeService#deleteProcessInstance(id, reason)} does not.)
 */
@Component
class CancellationPlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<CaseFiles> caseFiles;

	private final ObjectProvider<CancelledWork> work;

	CancellationPlugin(ObjectProvider<CaseFiles> caseFiles, ObjectProvider<CancelledWork> work) {
		this.caseFiles = caseFiles;
		this.work = work;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EveryProcess.listen(configuration, ExecutionListener.EVENTNAME_END, this::ended);
	}

	private void ended(DelegateExecution execution) {
		if (!(execution instanceof ExecutionEntity instance) || !instance.isProcessInstanceExecution()
				|| !instance.isDeleteRoot() || !instance.isCanceled()) {
			return;
		}
		CommandContext command = Context.getCommandContext();
		ProcessDefinitionEntity definition = instance.getProcessDefinition();
		Cancellation cancellation = Cancellation.of(instance, definition.getKey(), definition.getName(),
				command.getAuthenticatedUserId(), instance.getDeleteReason());
		command.runWithoutAuthorization(() -> {
			if (cancellation.businessKey() != null) {
				caseFiles.getObject().recordEventIfCase(cancellation.businessKey(), Cancellation.TIMELINE_KIND,
						"流程已撤销：" + cancellation.processName(), cancellation.detail());
			}
			work.orderedStream()
				.filter(owner -> owner.processKeys().contains(cancellation.processKey()))
				.forEach(owner -> owner.cancelled(cancellation));
			return null;
		});
	}

}
