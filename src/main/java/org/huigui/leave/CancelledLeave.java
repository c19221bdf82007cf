package org.huigui.leave;

import java.util.Set;
import org.huigui.casefile.Cancellation;
import org.huigui.casefile.CancelledWork;
import org.springframework.stereotype.Component;

/** A deleted leave closes its request as cancelled, so it no longer blocks the next leave or relocation. */
@Component
class CancelledLeave implements CancelledWork {

	private final Leaves leaves;

	CancelledLeave(Leaves leaves) {
		this.leaves = leaves;
	}

	@Override
	public Set<String> processKeys() {
		return Set.of("leave");
	}

	@Override
	public void cancelled(Cancellation cancellation) {
		leaves.cancel(cancellation.processInstanceId(), cancellation.by(), cancellation.reason());
	}

}
