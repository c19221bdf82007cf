package org.huigui.supervision;

import java.util.Set;
import org.huigui.casefile.Cancellation;
import org.huigui.casefile.CancelledWork;
import org.springframework.stereotype.Component;

/**
 * A deleted {@code supervision} of a case still under supervision runs again from the record, its open periods
 * and month kept: supervision ends with the correction, never by a deletion. A session's registration
 * ({@code supervision-session}) deleted before its attendees were recorded leaves the session with none.
 */
@Component
class CancelledSupervision implements CancelledWork {

	private final SupervisionStart supervisionStart;

	CancelledSupervision(SupervisionStart supervisionStart) {
		this.supervisionStart = supervisionStart;
	}

	@Override
	public Set<String> processKeys() {
		return Set.of(SupervisionStart.PROCESS_KEY);
	}

	@Override
	public void cancelled(Cancellation cancellation) {
		if (cancellation.businessKey() != null) {
			supervisionStart.restart(cancellation.businessKey());
		}
	}

}
