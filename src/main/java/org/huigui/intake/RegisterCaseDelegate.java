package org.huigui.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.casefile.CaseFile;
import org.huigui.casefile.CaseFiles;
import org.huigui.identity.Offices;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;
import org.springframework.stereotype.Component;

/** 登记案件: checks the documents' data, opens the case and makes its number the business key. */
@Component("registerCase")
class RegisterCaseDelegate implements JavaDelegate {

	private final CaseFiles caseFiles;

	private final Offices offices;

	RegisterCaseDelegate(CaseFiles caseFiles, Offices offices) {
		this.caseFiles = caseFiles;
		this.offices = offices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		IntakeApplication application = IntakeApplication.from(execution);
		if (offices.find(application.officeCode()).isEmpty()) {
			throw new InputRejected("officeCode", "未知的司法所代码（" + application.officeCode() + "）");
		}
		CaseFile caseFile = caseFiles.openCorrectionCase(application.person(), application.officeCode(),
				application.sentence());
		caseFiles.linkProcess(caseFile.getCaseNumber(), execution.getProcessInstanceId());
		execution.setProcessBusinessKey(caseFile.getCaseNumber());
		execution.setVariable("caseNumber", caseFile.getCaseNumber());
		execution.setVariable("idNumber", caseFile.getPerson().getIdNumber());
		execution.setVariable("receivedOn", Fields.today().toString());
	}

}
