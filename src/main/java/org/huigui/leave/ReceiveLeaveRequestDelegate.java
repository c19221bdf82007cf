package org.huigui.leave;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.casefile.CaseFile;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.OpenMatters;
import org.huigui.identity.Offices;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;
import org.springframework.stereotype.Component;

/** 受理外出请假: checks the request against the case, records it, and gives the diagram what it decides on. */
@Component("receiveLeaveRequest")
class ReceiveLeaveRequestDelegate implements JavaDelegate {

	private final Leaves leaves;

	private final CaseFiles caseFiles;

	private final Offices offices;

	private final OpenMatters openMatters;

	ReceiveLeaveRequestDelegate(Leaves leaves, CaseFiles caseFiles, Offices offices, OpenMatters openMatters) {
		this.leaves = leaves;
		this.caseFiles = caseFiles;
		this.offices = offices;
		this.openMatters = openMatters;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		String caseNumber = fields.text("caseNumber", 40);
		CaseFile caseFile = caseFiles.underSupervision(caseNumber);
		LocalDate from = fields.date("leaveFrom");
		LocalDate to = fields.date("leaveTo");
		if (from.isBefore(Fields.today())) {
			throw new InputRejected("leaveFrom", "外出开始日不能早于今天（" + Fields.today() + "）");
		}
		if (to.isBefore(from)) {
			throw new InputRejected("leaveTo", "外出结束日不能早于开始日（" + from + "）");
		}
		if (caseFile.getTermEnd() != null && to.isAfter(caseFile.getTermEnd())) {
			throw new InputRejected("leaveTo", "外出结束日不能晚于矫正期满日（" + caseFile.getTermEnd() + "）");
		}
		openMatters.refuseIfAnyOpen(caseNumber);
		LeaveRequest request = leaves.apply(caseNumber, from, to, fields.text("destination"),
				fields.text("reason", 1000), execution.getProcessInstanceId());
		execution.setProcessBusinessKey(caseNumber);
		execution.setVariable("officeCode", caseFile.getOfficeCode());
		execution.setVariable("countyCode", offices.find(caseFile.getOfficeCode()).orElseThrow().getCountyCode());
		execution.setVariable("personName", caseFile.getPerson().getName());
		execution.setVariable("leaveDays", request.getDays());
		execution.setVariable("leaveDaysThisYear", leaves.approvedDaysInYear(caseNumber, from.getYear()) + request.getDays());
	}

}
