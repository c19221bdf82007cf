package org.huigui.casefile;

import java.util.EnumSet;
import java.util.Set;
import org.huigui.consistency.InstanceRecords;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cases and the process that opened them, for the consistency check: a case in intake has its running
 * {@code intake}, a case in assistance its running {@code aftercare}, each keyed by the case number and
 * linked to the case; an intake may still run once the case is under supervision (an escalation left
 * open), an {@code aftercare} only while the case is in assistance.
 */
class CaseRecords extends InstanceRecords {

	private final Set<CaseStatus> mayRunIn;

	CaseRecords(CaseFileRepository cases, CaseType type, String processKey, String what, CaseStatus runningIn,
			Set<CaseStatus> mayRunIn) {
		super(processKey, what, () -> cases.findByCaseTypeAndStatus(type, runningIn),
				instances -> cases.findByCaseTypeAndCaseNumberIn(type, businessKeys(instances)));
		this.mayRunIn = mayRunIn;
	}

	@Override
	public boolean mayRun(String status) {
		return mayRunIn.contains(CaseStatus.valueOf(status));
	}

	@Configuration(proxyBeanMethods = false)
	static class Kinds {

		@Bean
		CaseRecords correctionCaseRecords(CaseFileRepository cases) {
			return new CaseRecords(cases, CaseType.COMMUNITY_CORRECTION, "intake", "社区矫正案件", CaseStatus.INTAKE,
					EnumSet.of(CaseStatus.INTAKE, CaseStatus.UNDER_SUPERVISION));
		}

		@Bean
		CaseRecords assistanceCaseRecords(CaseFileRepository cases) {
			return new CaseRecords(cases, CaseType.RESETTLEMENT_ASSISTANCE, "aftercare", "安置帮教案件",
					CaseStatus.UNDER_ASSISTANCE, EnumSet.of(CaseStatus.UNDER_ASSISTANCE));
		}

	}

}
