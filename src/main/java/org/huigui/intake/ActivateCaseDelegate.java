package org.huigui.intake;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.casefile.CaseFiles;
import org.huigui.supervision.SupervisionStart;
import org.springframework.stereotype.Component;

/** 列管: the case is under supervision, strictly managed for its first two months, and its supervision begins. */
@Component("activateCase")
class ActivateCaseDelegate implements JavaDelegate {

	private final CaseFiles caseFiles;

	private final IntakeRecords records;

	private final SupervisionStart supervisionStart;

	ActivateCaseDelegate(CaseFiles caseFiles, IntakeRecords records, SupervisionStart supervisionStart) {
		this.caseFiles = caseFiles;
		this.records = records;
		this.supervisionStart = supervisionStart;
	}

	/** The case counts as received on the day the person reported, or when the term began if that is unknown. */
	@Override
	public void execute(DelegateExecution execution) {
		String caseNumber = execution.getProcessBusinessKey();
		LocalDate reportedOn = records.of(caseNumber).getReportedOn();
		caseFiles.putUnderSupervision(caseNumber,
				reportedOn != null ? reportedOn : caseFiles.get(caseNumber).getTermStart());
		supervisionStart.begin(caseNumber);
	}

}
