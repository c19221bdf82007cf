package org.huigui.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.casefile.CaseFiles;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 建立矫正档案 (一人一档): the file number and the day it was built. */
@Component("recordFileBuilt")
class RecordFileBuiltDelegate implements JavaDelegate {

	private final CaseFiles caseFiles;

	RecordFileBuiltDelegate(CaseFiles caseFiles) {
		this.caseFiles = caseFiles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		caseFiles.recordFileBuilt(execution.getProcessBusinessKey(), fields.text("fileNumber", 60),
				fields.dateNotAfterToday("fileBuiltOn"));
	}

}
