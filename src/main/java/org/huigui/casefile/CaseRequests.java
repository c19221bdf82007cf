package org.huigui.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.huigui.identity.Offices;
import org.huigui.system.Fields;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Admits a request about a supervised case (leave, relocation): the case named by {@code caseNumber}
 * must be under supervision with nothing else open; the process is then keyed by the case number and
 * knows the case's {@code officeCode}, {@code countyCode} and {@code personName}.
 */
@Component
@NamedInterface("api")
public class CaseRequests {

	private final CaseFiles caseFiles;

	private final Offices offices;

	private final OpenMatters openMatters;

	CaseRequests(CaseFiles caseFiles, Offices offices, OpenMatters openMatters) {
		this.caseFiles = caseFiles;
		this.offices = offices;
		this.openMatters = openMatters;
	}

	public CaseFile admit(DelegateExecution execution) {
		String caseNumber = Fields.of(execution).text("caseNumber", 40);
		CaseFile caseFile = caseFiles.underSupervision(caseNumber);
		openMatters.refuseIfAnyOpen(caseNumber);
		execution.setProcessBusinessKey(caseNumber);
		execution.setVariable("officeCode", caseFile.getOfficeCode());
		execution.setVariable("countyCode", offices.countyOf(caseFile.getOfficeCode()));
		execution.setVariable("personName", caseFile.getPerson().getName());
		return caseFile;
	}

}
