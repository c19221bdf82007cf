package org.huigui.supervision;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.DiagramProperties;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/**
 * 记录报到、汇报、谈话、查访: the day it was done, how (reporting) or where (talks, visits), and what came of it. The
 * record keeps them; the instance does not, so the next period's form starts empty.
 */
@Component("recordPeriodWork")
class RecordPeriodWorkDelegate implements JavaDelegate {

	static final List<String> FIELDS = List.of("doneOn", "channel", "place", "summary");

	private final Periods periods;

	RecordPeriodWorkDelegate(Periods periods) {
		this.periods = periods;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		periods.record(execution.getProcessBusinessKey(),
				WorkKind.valueOf(DiagramProperties.required(execution, SchedulePeriodDelegate.WORK_KIND)),
				fields.dateNotAfterToday("doneOn"), fields.optionalText("channel"), fields.optionalText("place"),
				fields.text("summary"));
		execution.removeVariables(FIELDS);
	}

}
