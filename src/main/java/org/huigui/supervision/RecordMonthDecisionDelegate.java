package org.huigui.supervision;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/**
 * 记录审批结果: approved, the month is rated and the grade is reviewed if due; returned, staff assess it again with
 * the head's reason on their form.
 */
@Component("recordMonthDecision")
class RecordMonthDecisionDelegate implements JavaDelegate {

	private final Months months;

	RecordMonthDecisionDelegate(Months months) {
		this.months = months;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		boolean approve = "APPROVE".equals(fields.text("monthDecision"));
		SupervisionMonth month = months.decide(execution.getProcessBusinessKey(), approve,
				approve ? null : fields.optionalText("monthNote"));
		execution.setVariable("monthApproved", approve);
		execution.setVariable("gradeReviewDue", approve && months.gradeReviewDue(month));
		if (!approve) {
			execution.setVariable("headNote", month.getHeadNote());
		}
		execution.removeVariables(List.of("monthDecision", "monthNote"));
	}

}
