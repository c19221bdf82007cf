package org.huigui.handover;

import java.util.Set;
import org.huigui.casefile.Cancellation;
import org.huigui.casefile.CancelledWork;
import org.springframework.stereotype.Component;

/** A deleted handover closes its release notice as cancelled, so a later notice for the person is accepted. */
@Component
class CancelledHandover implements CancelledWork {

	private final ReleaseNotices notices;

	CancelledHandover(ReleaseNotices notices) {
		this.notices = notices;
	}

	@Override
	public Set<String> processKeys() {
		return Set.of(ReleaseNoticeController.PROCESS_KEY);
	}

	@Override
	public void cancelled(Cancellation cancellation) {
		if (cancellation.businessKey() != null) {
			notices.cancel(cancellation.businessKey(), cancellation);
		}
	}

}
