package org.huigui.relocation;

import java.util.EnumSet;
import org.huigui.consistency.InstanceRecords;
import org.springframework.stereotype.Component;

/** Relocation requests for the consistency check: one not yet decided, or approved and not yet arrived, has its running instance. */
@Component
class RelocationRecords extends InstanceRecords {

	RelocationRecords(RelocationRequestRepository requests) {
		super("relocation", "迁居申请",
				() -> requests.findByStatusIn(EnumSet.of(RelocationStatus.REQUESTED, RelocationStatus.APPROVED)),
				instances -> requests.findByProcessInstanceIdIn(ids(instances)));
	}

}
