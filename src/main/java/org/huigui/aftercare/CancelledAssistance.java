package org.huigui.aftercare;

import java.util.Set;
import org.huigui.casefile.Cancellation;
import org.huigui.casefile.CancelledWork;
import org.springframework.stereotype.Component;

/**
 * A deleted {@code aftercare} closes its assistance case as cancelled; a case already closed stays as it was.
 * {@code assistance-end} is one step that never waits: nothing of it stays open to close.
 */
@Component
class CancelledAssistance implements CancelledWork {

	private final AssistanceCases assistanceCases;

	CancelledAssistance(AssistanceCases assistanceCases) {
		this.assistanceCases = assistanceCases;
	}

	@Override
	public Set<String> processKeys() {
		return Set.of(AssistanceStart.PROCESS_KEY);
	}

	@Override
	public void cancelled(Cancellation cancellation) {
		if (cancellation.businessKey() != null) {
			assistanceCases.cancel(cancellation.businessKey(), cancellation);
		}
	}

}
