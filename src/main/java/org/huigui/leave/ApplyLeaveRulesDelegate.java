package org.huigui.leave;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.calendar.WorkingDayCalendar;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/**
 * Applies the approval table {@code processes/leave-approval.dmn} (who decides, the notice period,
 * refusal) and flags an application made later than its notice period: flagged, never blocked.
 */
@Component("applyLeaveRules")
class ApplyLeaveRulesDelegate implements JavaDelegate {

	static final String DECISION = "leave-approval";

	private final DecisionService decisionService;

	private final WorkingDayCalendar calendar;

	private final Leaves leaves;

	ApplyLeaveRulesDelegate(DecisionService decisionService, WorkingDayCalendar calendar, Leaves leaves) {
		this.decisionService = decisionService;
		this.calendar = calendar;
		this.leaves = leaves;
	}

	@Override
	public void execute(DelegateExecution execution) {
		DmnDecisionResultEntries rule = decisionService.evaluateDecisionByKey(DECISION)
			.variables(Map.of("leaveDays", execution.getVariable("leaveDays"), "leaveDaysThisYear",
					execution.getVariable("leaveDaysThisYear")))
			.evaluate()
			.getSingleResult();
		int notice = ((Number) rule.getEntry("noticeWorkingDays")).intValue();
		LocalDate from = Fields.of(execution).date("leaveFrom");
		boolean late = calendar.addWorkingDays(Fields.today(), notice).date().isAfter(from);
		leaves.flagLate(execution.getProcessInstanceId(), late);
		execution.setVariable("approvalLevel", rule.getEntry("approvalLevel"));
		execution.setVariable("refusalReason", rule.getEntryMap().get("refusalReason"));
		execution.setVariable("lateApplication", late);
		execution.setVariable("noticeNote", late ? "逾期申请：应至少提前 " + notice + " 个工作日申请" : "按期申请");
	}

}
