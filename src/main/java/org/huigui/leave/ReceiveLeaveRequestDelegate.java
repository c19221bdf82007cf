package org.huigui.leave;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.casefile.CaseFile;
import org.huigui.casefile.CaseRequests;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;
import org.springframework.stereotype.Component;

/** 受理外出请假: checks the request against the case, records it, and gives the diagram what it decides on. */
@Component("receiveLeaveRequest")
class ReceiveLeaveRequestDelegate implements JavaDelegate {

	private final Leaves leaves;

	private final CaseRequests caseRequests;

	ReceiveLeaveRequestDelegate(Leaves leaves, CaseRequests caseRequests) {
		this.leaves = leaves;
		this.caseRequests = caseRequests;
	}

	@Override
	public void execute(DelegateExecution execution) {
		CaseFile caseFile = caseRequests.admit(execution);
		Fields fields = Fields.of(execution);
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
		String caseNumber = caseFile.getCaseNumber();
		LeaveRequest request = leaves.apply(caseNumber, from, to, fields.text("destination"),
				fields.text("reason"), execution.getProcessInstanceId());
		execution.setVariable("leaveDays", request.getDays());
		execution.setVariable("leaveDaysThisYear", leaves.approvedDaysInYear(caseNumber, from.getYear()) + request.getDays());
	}

}
