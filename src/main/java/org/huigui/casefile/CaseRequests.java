package org.huigui.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.huigui.system.Fields;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Admits a request about a supervised case (leave, relocation): the case named by {@code caseNumber}
 * must be under supervision with nothing else open; the process is then keyed by the case number and
 * carries the case's {@link CaseVariables}.
 */
@Component
@NamedInterface("api")
public class CaseRequests {

	private final CaseFiles caseFiles;

	private final CaseVariables caseVariables;

	private final OpenMatters openMatters;

	CaseRequests(CaseFiles caseFiles, CaseVariables caseVariables, OpenMatters openMatters) {
		this.caseFiles = caseFiles;
		this.caseVariables = caseVariables;
		this.openMatters = openMatters;
	}

	public CaseFile admit(DelegateExecution execution) {
		String caseNumber = Fields.of(execution).text("caseNumber", 40);
		CaseFile caseFile = caseFiles.underSupervision(caseNumber);
		openMatters.refuseIfAnyOpen(caseNumber);
		execution.setProcessBusinessKey(caseNumber);
		caseVariables.copyTo(execution, caseFile);
		return caseFile;
	}

}
