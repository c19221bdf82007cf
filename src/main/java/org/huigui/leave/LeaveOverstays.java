package org.huigui.leave;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leaves not reported back in time (外出逾期未归): back later than the end of the day after the leave ended, or not
 * back at all. The month's assessment of supervision counts them by the day the report-back was due.
 */
@Component
@Transactional(readOnly = true)
public class LeaveOverstays {

	private final LeaveRequestRepository requests;

	LeaveOverstays(LeaveRequestRepository requests) {
		this.requests = requests;
	}

	/** Overstays whose report-back was due between the two days, both included, counted once those days are past. */
	public int dueBetween(String caseNumber, LocalDate from, LocalDate to) {
		return (int) requests
			.findByCaseNumberAndStatusIn(caseNumber, List.of(LeaveStatus.APPROVED, LeaveStatus.RETURNED))
			.stream()
			.filter(leave -> {
				LocalDate due = leave.getLeaveTo().plusDays(1);
				boolean late = leave.getReturnedOn() == null || leave.getReturnedOn().isAfter(due);
				return late && !due.isBefore(from) && !due.isAfter(to);
			})
			.count();
	}

}
