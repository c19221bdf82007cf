package org.huigui.relocation;

import java.util.EnumSet;
import java.util.Optional;
import org.huigui.casefile.OpenMatter;
import org.springframework.stereotype.Component;

@Component
class OpenRelocation implements OpenMatter {

	private final RelocationRequestRepository requests;

	OpenRelocation(RelocationRequestRepository requests) {
		this.requests = requests;
	}

	@Override
	public Optional<String> openFor(String caseNumber) {
		return requests.existsByCaseNumberAndStatusIn(caseNumber,
				EnumSet.of(RelocationStatus.REQUESTED, RelocationStatus.APPROVED))
				? Optional.of("该对象有未办结的迁居（变更执行地）申请") : Optional.empty();
	}

}
