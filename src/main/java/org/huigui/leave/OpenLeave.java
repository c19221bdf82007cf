package org.huigui.leave;

import java.util.EnumSet;
import java.util.Optional;
import org.huigui.casefile.OpenMatter;
import org.springframework.stereotype.Component;

@Component
class OpenLeave implements OpenMatter {

	private final LeaveRequestRepository requests;

	OpenLeave(LeaveRequestRepository requests) {
		this.requests = requests;
	}

	@Override
	public Optional<String> openFor(String caseNumber) {
		return requests.findByCaseNumberAndStatusIn(caseNumber, EnumSet.of(LeaveStatus.REQUESTED, LeaveStatus.APPROVED))
			.stream()
			.findFirst()
			.map(open -> "该对象有未办结的外出请假（%s 至 %s）".formatted(open.getLeaveFrom(), open.getLeaveTo()));
	}

}
