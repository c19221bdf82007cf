package org.huigui.relocation;

import java.util.EnumSet;
import org.huigui.consistency.InstanceRecords;
import org.springframework.stereotype.Component;

/**
 * Relocation requests for the consistency check: one not yet decided, or approved and not yet arrived, has its
 * running instance. The instance copies the person's name and the sending office and county from the case when
 * it starts, and keeps them after the hand-over ({@link CaseHandover#moveOpenWork}), when the case belongs to
 * the receiving office: they are compared with the request's sending office, not with the case's office now.
 */
@Component
class RelocationRecords extends InstanceRecords {

	/** A relocation request with what its process copies from it and from its case. */
	interface RelocationOfCase extends InstanceRecords.Stored {

		String getFromOfficeCode();

		String getFromCountyCode();

		String getTargetOfficeCode();

		String getPersonName();

	}

	RelocationRecords(RelocationRequestRepository requests) {
		super("relocation", "迁居申请",
				() -> requests.findByStatusIn(EnumSet.of(RelocationStatus.REQUESTED, RelocationStatus.APPROVED)),
				instances -> requests.findWithCase(ids(instances)),
				(RelocationOfCase stored) -> facts("officeCode", stored.getFromOfficeCode(), "countyCode",
						stored.getFromCountyCode(), "personName", stored.getPersonName(), "targetOfficeCode",
						stored.getTargetOfficeCode()));
	}

}
