package org.huigui.intake;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.DocumentKind;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;
import org.springframework.stereotype.Component;

/** 报到登记, 一签定、一告知: the person reported, signed the three documents and was told the rules. */
@Component("recordReport")
class RecordReportDelegate implements JavaDelegate {

	private final CaseFiles caseFiles;

	private final IntakeRecords records;

	RecordReportDelegate(CaseFiles caseFiles, IntakeRecords records) {
		this.caseFiles = caseFiles;
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		String caseNumber = execution.getProcessBusinessKey();
		LocalDate reportedOn = fields.dateNotAfterToday("reportedOn");
		LocalDate judgmentEffectiveOn = caseFiles.get(caseNumber).getJudgmentEffectiveOn();
		if (reportedOn.isBefore(judgmentEffectiveOn)) {
			throw new InputRejected("reportedOn", "报到日期不能早于判决生效日（" + judgmentEffectiveOn + "）");
		}
		fields.confirmed("identityVerified", "须核实本人身份");
		fields.confirmed("guaranteeLetterSigned", "须签订保证书");
		fields.confirmed("volunteerAgreementSigned", "须签订志愿者帮教协议");
		fields.confirmed("guardianAgreementSigned", "须签订监护协议");
		fields.confirmed("obligationsInformed", "须告知矫正期间应履行的义务");
		caseFiles.recordContact(caseNumber, fields.text("phone", 20), fields.text("address"));
		caseFiles.recordSigned(caseNumber,
				List.of(DocumentKind.GUARANTEE_LETTER, DocumentKind.VOLUNTEER_AGREEMENT, DocumentKind.GUARDIAN_AGREEMENT),
				reportedOn);
		records.update(caseNumber, record -> record.reported(reportedOn));
	}

}
