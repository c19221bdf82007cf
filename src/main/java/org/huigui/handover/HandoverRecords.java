package org.huigui.handover;

import org.huigui.consistency.InstanceRecords;
import org.springframework.stereotype.Component;

/**
 * Release notices for the consistency check: a handover not yet completed has its running instance, keyed by
 * the notice's reference.
 */
@Component
class HandoverRecords extends InstanceRecords {

	HandoverRecords(ReleaseNoticeRepository notices) {
		super(ReleaseNoticeController.PROCESS_KEY, "刑满释放衔接", notices::findHandoversUnderWay,
				instances -> notices.findHandovers(businessKeys(instances)));
	}

}
