package org.huigui.intake;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 建立矫正档案 (一人一档): the file number and the day it was built. */
@Component("recordFileBuilt")
class RecordFileBuiltDelegate implements JavaDelegate {

	private final IntakeRecords records;

	RecordFileBuiltDelegate(IntakeRecords records) {
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		String fileNumber = fields.text("fileNumber");
		LocalDate builtOn = fields.dateNotAfterToday("fileBuiltOn");
		records.update(execution.getProcessBusinessKey(), record -> record.fileBuilt(fileNumber, builtOn));
	}

}
