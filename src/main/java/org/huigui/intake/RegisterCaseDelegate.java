package org.huigui.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.casefile.CaseFile;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.CaseVariables;
import org.huigui.casefile.ResidentIdNumber;
import org.huigui.identity.OfficeAccess;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 登记案件: checks the documents' data, opens the case and makes its number the business key. */
@Component("registerCase")
class RegisterCaseDelegate implements JavaDelegate {

	private final CaseFiles caseFiles;

	private final OfficeAccess officeAccess;

	private final IntakeRecords records;

	private final CaseVariables caseVariables;

	RegisterCaseDelegate(CaseFiles caseFiles, OfficeAccess officeAccess, IntakeRecords records,
			CaseVariables caseVariables) {
		this.caseFiles = caseFiles;
		this.officeAccess = officeAccess;
		this.records = records;
		this.caseVariables = caseVariables;
	}

	@Override
	public void execute(DelegateExecution execution) {
		IntakeApplication application = IntakeApplication.from(execution);
		officeAccess.officeForNewWork("officeCode", application.officeCode());
		CaseFile caseFile = caseFiles.openCorrectionCase(application.person(), application.officeCode(),
				application.sentence());
		caseFiles.linkProcess(caseFile.getCaseNumber(), execution.getProcessInstanceId());
		records.open(caseFile);
		execution.setProcessBusinessKey(caseFile.getCaseNumber());
		caseVariables.copyTo(execution, caseFile);
		execution.setVariable("caseNumber", caseFile.getCaseNumber());
		execution.setVariable("idNumber", ResidentIdNumber.masked(caseFile.getPerson().getIdNumber()));
		execution.setVariable("receivedOn", Fields.today().toString());
	}

}
