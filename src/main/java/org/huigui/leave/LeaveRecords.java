package org.huigui.leave;

import java.time.LocalDate;
import java.util.EnumSet;
import org.huigui.consistency.InstanceRecords;
import org.springframework.stereotype.Component;

/**
 * Leave requests for the consistency check: one waiting for approval or not yet reported back has its running
 * instance, which copies the case's office, county and person ({@code CaseRequests.admit}) and the request's
 * {@code leaveTo}.
 */
@Component
class LeaveRecords extends InstanceRecords {

	/** A leave request with what its process copies from it and from its case. */
	interface LeaveOfCase extends InstanceRecords.Stored {

		LocalDate getLeaveTo();

		String getOfficeCode();

		String getCountyCode();

		String getPersonName();

	}

	LeaveRecords(LeaveRequestRepository requests) {
		super("leave", "外出请假", () -> requests.findByStatusIn(EnumSet.of(LeaveStatus.REQUESTED, LeaveStatus.APPROVED)),
				instances -> requests.findWithCase(ids(instances)),
				(LeaveOfCase stored) -> facts("officeCode", stored.getOfficeCode(), "countyCode", stored.getCountyCode(),
						"personName", stored.getPersonName(), "leaveTo", stored.getLeaveTo()));
	}

}
