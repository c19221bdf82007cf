package org.huigui.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.huigui.identity.OfficeAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every process instance belongs to an office from its start, in every process, with nothing to add to
 * the diagrams: the office its start names ({@code officeCode}), the office of the case it is about
 * ({@code caseNumber}), or, for a receiving county's verification, the receiving office
 * ({@code targetOfficeCode}). {@link OfficeAccess} grants it to that office's head and county bureau.
 */
@Component
class InstanceOfficePlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<CaseFiles> caseFiles;

	private final ObjectProvider<OfficeAccess> officeAccess;

	InstanceOfficePlugin(ObjectProvider<CaseFiles> caseFiles, ObjectProvider<OfficeAccess> officeAccess) {
		this.caseFiles = caseFiles;
		this.officeAccess = officeAccess;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EveryProcess.listen(configuration, ExecutionListener.EVENTNAME_START, this::grant);
	}

	/** Runs as the engine's own step: the user who starts a process may not grant access themselves. */
	private void grant(DelegateExecution execution) {
		String office = officeOf(execution);
		if (office != null && officeAccess.getObject().isOffice(office)) {
			Context.getCommandContext().runWithoutAuthorization(() -> {
				officeAccess.getObject().grantNewInstance(execution.getProcessInstanceId(), office);
				return null;
			});
		}
	}

	private String officeOf(DelegateExecution execution) {
		if (execution.getVariable("officeCode") instanceof String office) {
			return office;
		}
		if (execution.getVariable("caseNumber") instanceof String caseNumber) {
			return caseFiles.getObject().find(caseNumber.strip()).map(CaseFile::getOfficeCode).orElse(null);
		}
		return execution.getVariable("targetOfficeCode") instanceof String office ? office : null;
	}

}
