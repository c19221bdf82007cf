package org.huigui.relocation;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.casefile.CaseFile;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.OpenMatters;
import org.huigui.identity.Office;
import org.huigui.identity.Offices;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;
import org.springframework.stereotype.Component;

/** 受理迁居申请: checks the request against the case and the offices, and records it. */
@Component("receiveRelocation")
class ReceiveRelocationDelegate implements JavaDelegate {

	static final int NOTICE_DAYS = 30;

	private final Relocations relocations;

	private final CaseFiles caseFiles;

	private final Offices offices;

	private final OpenMatters openMatters;

	ReceiveRelocationDelegate(Relocations relocations, CaseFiles caseFiles, Offices offices, OpenMatters openMatters) {
		this.relocations = relocations;
		this.caseFiles = caseFiles;
		this.offices = offices;
		this.openMatters = openMatters;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		String caseNumber = fields.text("caseNumber", 40);
		CaseFile caseFile = caseFiles.underSupervision(caseNumber);
		String targetCode = fields.text("targetOfficeCode", 40);
		Office target = offices.find(targetCode)
			.orElseThrow(() -> new InputRejected("targetOfficeCode", "未知的司法所代码（" + targetCode + "）"));
		if (target.getCode().equals(caseFile.getOfficeCode())) {
			throw new InputRejected("targetOfficeCode", "迁入地司法所与现执行地相同（" + targetCode + "）");
		}
		LocalDate plannedMoveOn = fields.date("plannedMoveOn");
		if (plannedMoveOn.isBefore(Fields.today())) {
			throw new InputRejected("plannedMoveOn", "计划迁居日不能早于今天（" + Fields.today() + "）");
		}
		openMatters.refuseIfAnyOpen(caseNumber);
		boolean late = plannedMoveOn.isBefore(Fields.today().plusDays(NOTICE_DAYS));
		relocations.apply(caseNumber, caseFile.getOfficeCode(), target.getCode(), fields.text("newAddress", 300),
				plannedMoveOn, fields.text("reason", 1000), late, execution.getProcessInstanceId());
		execution.setProcessBusinessKey(caseNumber);
		execution.setVariable("officeCode", caseFile.getOfficeCode());
		execution.setVariable("countyCode", offices.find(caseFile.getOfficeCode()).orElseThrow().getCountyCode());
		execution.setVariable("targetCountyCode", target.getCountyCode());
		execution.setVariable("personName", caseFile.getPerson().getName());
		execution.setVariable("lateApplication", late);
	}

}
