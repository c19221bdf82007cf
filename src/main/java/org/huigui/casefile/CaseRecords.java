package org.huigui.casefile;

import java.util.EnumSet;
import java.util.Set;
import org.huigui.consistency.InstanceRecords;
import org.springframework.stereotype.Component;

/**
 * Cases and the intake that opened them, for the consistency check: a case in intake has its running
 * {@code intake}, keyed by the case number and linked to the case, which may still run once the case is
 * under supervision (an escalation left open). The intake copies the case's {@code officeCode} (moved with
 * the case on a relocation) and {@code personName}.
 */
@Component
class CaseRecords extends InstanceRecords {

	private static final Set<CaseStatus> MAY_RUN_IN = EnumSet.of(CaseStatus.INTAKE, CaseStatus.UNDER_SUPERVISION);

	/** A case with what its processes copy from it. */
	interface CaseWithPerson extends InstanceRecords.Stored {

		String getOfficeCode();

		String getPersonName();

	}

	CaseRecords(CaseFileRepository cases) {
		super("intake", "社区矫正案件", () -> cases.findByCaseTypeAndStatus(CaseType.COMMUNITY_CORRECTION, CaseStatus.INTAKE),
				instances -> cases.findWithPerson(CaseType.COMMUNITY_CORRECTION, businessKeys(instances)),
				(CaseWithPerson stored) -> facts("officeCode", stored.getOfficeCode(), "personName", stored.getPersonName()));
	}

	@Override
	public boolean mayRun(String status) {
		return MAY_RUN_IN.contains(CaseStatus.valueOf(status));
	}

}
