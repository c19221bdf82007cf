package org.huigui.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.casefile.CaseFiles;
import org.springframework.stereotype.Component;

/** 列管: the case is under supervision, strictly managed for its first two months. */
@Component("activateCase")
class ActivateCaseDelegate implements JavaDelegate {

	private final CaseFiles caseFiles;

	ActivateCaseDelegate(CaseFiles caseFiles) {
		this.caseFiles = caseFiles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		caseFiles.putUnderSupervision(execution.getProcessBusinessKey());
	}

}
