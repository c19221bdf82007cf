package org.huigui.handover;

import java.time.LocalDate;
import org.huigui.consistency.InstanceRecords;
import org.springframework.stereotype.Component;

/**
 * Release notices for the consistency check: a handover not yet completed has its running instance, keyed by
 * the notice's reference, which copies the notice's office, its county and the release date
 * ({@link RegisterReleaseNoticeDelegate}).
 */
@Component
class HandoverRecords extends InstanceRecords {

	/** A release notice with what its handover copies from it. */
	interface Handover extends InstanceRecords.Stored {

		String getOfficeCode();

		String getCountyCode();

		LocalDate getReleaseDate();

	}

	HandoverRecords(ReleaseNoticeRepository notices) {
		super(ReleaseNoticeController.PROCESS_KEY, "刑满释放衔接", notices::findHandoversUnderWay,
				instances -> notices.findHandovers(businessKeys(instances)),
				(Handover stored) -> facts("officeCode", stored.getOfficeCode(), "countyCode", stored.getCountyCode(),
						"releaseDate", stored.getReleaseDate()));
	}

}
