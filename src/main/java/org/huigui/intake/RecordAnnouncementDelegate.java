package org.huigui.intake;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 宣告: the announcement of the crime, term and rules, with the correction group present. */
@Component("recordAnnouncement")
class RecordAnnouncementDelegate implements JavaDelegate {

	private final IntakeRecords records;

	RecordAnnouncementDelegate(IntakeRecords records) {
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		fields.confirmed("groupPresent", "宣告须有矫正小组成员在场");
		LocalDate announcedOn = fields.dateNotAfterToday("announcedOn");
		records.update(execution.getProcessBusinessKey(), record -> record.announced(announcedOn));
	}

}
