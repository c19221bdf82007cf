package org.huigui.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.casefile.CaseFiles;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 宣告: the announcement of the crime, term and rules, with the correction group present. */
@Component("recordAnnouncement")
class RecordAnnouncementDelegate implements JavaDelegate {

	private final CaseFiles caseFiles;

	RecordAnnouncementDelegate(CaseFiles caseFiles) {
		this.caseFiles = caseFiles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		fields.confirmed("groupPresent", "宣告须有矫正小组成员在场");
		caseFiles.recordAnnouncement(execution.getProcessBusinessKey(), fields.dateNotAfterToday("announcedOn"));
	}

}
