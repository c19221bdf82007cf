package org.huigui.aftercare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 记录走访: date, place, findings, and the subject's employment and housing (安置情况). */
@Component("recordVisit")
class RecordVisitDelegate implements JavaDelegate {

	private final Visits visits;

	RecordVisitDelegate(Visits visits) {
		this.visits = visits;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		visits.recordVisit(execution.getProcessBusinessKey(), fields.dateNotAfterToday("visitedOn"),
				fields.text("visitPlace"), fields.text("findings"), fields.choice("employment", Employment.class),
				fields.choice("housing", Housing.class), fields.flag("socialAssistance"));
	}

}
