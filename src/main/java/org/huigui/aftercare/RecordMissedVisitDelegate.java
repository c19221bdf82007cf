package org.huigui.aftercare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 逾期未走访: the visit period ended without a visit; recorded as the system's. */
@Component("recordMissedVisit")
class RecordMissedVisitDelegate implements JavaDelegate {

	private final Visits visits;

	RecordMissedVisitDelegate(Visits visits) {
		this.visits = visits;
	}

	@Override
	public void execute(DelegateExecution execution) {
		visits.markMissed(execution.getProcessBusinessKey());
	}

}
