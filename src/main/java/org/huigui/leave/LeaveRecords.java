package org.huigui.leave;

import java.util.EnumSet;
import org.huigui.consistency.InstanceRecords;
import org.springframework.stereotype.Component;

/** Leave requests for the consistency check: one waiting for approval or not yet reported back has its running instance. */
@Component
class LeaveRecords extends InstanceRecords {

	LeaveRecords(LeaveRequestRepository requests) {
		super("leave", "外出请假", () -> requests.findByStatusIn(EnumSet.of(LeaveStatus.REQUESTED, LeaveStatus.APPROVED)),
				instances -> requests.findByProcessInstanceIdIn(ids(instances)));
	}

}
