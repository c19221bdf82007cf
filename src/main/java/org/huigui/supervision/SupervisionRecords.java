package org.huigui.supervision;

import org.huigui.casefile.CaseStatus;
import org.huigui.consistency.InstanceRecords;
import org.springframework.stereotype.Component;

/**
 * Supervision for the consistency check: a case under supervision whose supervision has not ended has its running
 * {@value SupervisionStart#PROCESS_KEY}, which runs only while the case is under supervision and copies the case's
 * office, county and person.
 */
@Component
class SupervisionRecords extends InstanceRecords {

	/** A supervision with what its process copies from the case. */
	interface Supervised extends InstanceRecords.Stored {

		String getOfficeCode();

		String getCountyCode();

		String getPersonName();

	}

	SupervisionRecords(SupervisionRepository supervisions) {
		super(SupervisionStart.PROCESS_KEY, "在矫监督管理", () -> supervisions.findRunning(CaseStatus.UNDER_SUPERVISION),
				instances -> supervisions.findSupervised(businessKeys(instances)),
				(Supervised stored) -> facts("officeCode", stored.getOfficeCode(), "countyCode", stored.getCountyCode(),
						"personName", stored.getPersonName()));
	}

	@Override
	public boolean mayRun(String status) {
		return CaseStatus.UNDER_SUPERVISION.name().equals(status);
	}

}
