package org.huigui.relocation;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.casefile.CaseFile;
import org.huigui.casefile.CaseRequests;
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

	private final CaseRequests caseRequests;

	private final Offices offices;

	ReceiveRelocationDelegate(Relocations relocations, CaseRequests caseRequests, Offices offices) {
		this.relocations = relocations;
		this.caseRequests = caseRequests;
		this.offices = offices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		CaseFile caseFile = caseRequests.admit(execution);
		String caseNumber = caseFile.getCaseNumber();
		Fields fields = Fields.of(execution);
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
		boolean late = plannedMoveOn.isBefore(Fields.today().plusDays(NOTICE_DAYS));
		relocations.apply(caseNumber, caseFile.getOfficeCode(), target.getCode(), fields.text("newAddress"),
				plannedMoveOn, fields.text("reason"), late, execution.getProcessInstanceId());
		execution.setVariable("targetCountyCode", target.getCountyCode());
		execution.setVariable("lateApplication", late);
	}

}
