package org.huigui.aftercare;

import java.time.LocalDate;
import org.huigui.casefile.CaseStatus;
import org.huigui.casefile.CaseType;
import org.huigui.consistency.InstanceRecords;
import org.springframework.stereotype.Component;

/**
 * Assistance cases for the consistency check: a case in assistance has its running {@value AssistanceStart#PROCESS_KEY},
 * keyed by the case number and linked to the case, which runs only while the case is in assistance. The
 * instance copies the case's office, county and person ({@link AssistanceStart#begin}), its category and the
 * day its period ends (changed by {@link AssistanceStart#continueWith} and an extension on review).
 */
@Component
class AftercareRecords extends InstanceRecords {

	/** An assistance case with what its process copies from it. */
	interface CaseInAssistance extends InstanceRecords.Stored {

		String getOfficeCode();

		String getCountyCode();

		String getPersonName();

		AssistanceCategory getCategory();

		LocalDate getEndsOn();

	}

	AftercareRecords(AssistanceRepository assistances) {
		super(AssistanceStart.PROCESS_KEY, "安置帮教案件",
				() -> assistances.findCases(CaseType.RESETTLEMENT_ASSISTANCE, CaseStatus.UNDER_ASSISTANCE),
				instances -> assistances.findCasesInAssistance(CaseType.RESETTLEMENT_ASSISTANCE, businessKeys(instances)),
				(CaseInAssistance stored) -> facts("officeCode", stored.getOfficeCode(), "countyCode", stored.getCountyCode(),
						"personName", stored.getPersonName(), "category", stored.getCategory(), "assistanceEndsOn",
						stored.getEndsOn()));
	}

	@Override
	public boolean mayRun(String status) {
		return CaseStatus.UNDER_ASSISTANCE.name().equals(status);
	}

}
