package org.huigui.leave;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The leave as the store has it, for the diagram's deadlines: {@code ${leaveRecord.leaveTo(execution)}}. */
@Component("leaveRecord")
public class LeaveRecord {

	private final LeaveRequestRepository requests;

	LeaveRecord(LeaveRequestRepository requests) {
		this.requests = requests;
	}

	public LocalDate leaveTo(DelegateExecution execution) {
		return requests.findByProcessInstanceId(execution.getProcessInstanceId())
			.orElseThrow(() -> new IllegalStateException("流程 " + execution.getProcessInstanceId() + " 没有外出请假记录"))
			.getLeaveTo();
	}

}
