package org.huigui.relocation;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.huigui.identity.Groups;
import org.huigui.identity.Offices;
import org.springframework.stereotype.Component;

/**
 * The relocation as the store has it, for its diagrams (and the receiving county's verification): who works on
 * each side, {@code ${relocationRecord.receivingStaff(execution)}}, and the decision's day its deadlines count from.
 */
@Component("relocationRecord")
public class RelocationRecord {

	private final RelocationRequestRepository requests;

	private final Offices offices;

	RelocationRecord(RelocationRequestRepository requests, Offices offices) {
		this.requests = requests;
		this.offices = offices;
	}

	public String sendingStaff(DelegateExecution execution) {
		return Groups.staff(of(execution).getFromOfficeCode());
	}

	public String sendingBureau(DelegateExecution execution) {
		return Groups.bureau(offices.countyOf(of(execution).getFromOfficeCode()));
	}

	public String receivingStaff(DelegateExecution execution) {
		return Groups.staff(of(execution).getTargetOfficeCode());
	}

	public String receivingBureau(DelegateExecution execution) {
		return Groups.bureau(offices.countyOf(of(execution).getTargetOfficeCode()));
	}

	public LocalDate decidedOn(DelegateExecution execution) {
		return of(execution).getDecidedOn();
	}

	/** The relocation, from its own process or from the receiving county's verification of it. */
	private RelocationRequest of(DelegateExecution execution) {
		String relocation = execution.getVariable(ReceivingCountyConsultation.REQUESTING_INSTANCE) instanceof String requesting ? requesting
				: execution.getProcessInstanceId();
		return requests.findByProcessInstanceId(relocation)
			.orElseThrow(() -> new IllegalStateException("流程 " + relocation + " 没有迁居申请记录"));
	}

}
