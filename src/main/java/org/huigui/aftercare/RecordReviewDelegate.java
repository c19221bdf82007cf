package org.huigui.aftercare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 记录季度考察, with the category reassessed: a change applies from the next visit period. */
@Component("recordReview")
class RecordReviewDelegate implements JavaDelegate {

	private final Visits visits;

	RecordReviewDelegate(Visits visits) {
		this.visits = visits;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		AssistanceCategory category = visits.recordReview(execution.getProcessBusinessKey(), fields.date("reviewDue"),
				fields.dateNotAfterToday("reviewedOn"), fields.text("review"),
				fields.choice("categoryAfter", AssistanceCategory.class), fields.optionalText("categoryChangeReason"));
		execution.setVariable("category", category.name());
	}

}
