package org.huigui.supervision;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 记录考核意见: staff confirmed the score or adjusted it with a reason; the head's form shows the result. */
@Component("recordAssessment")
class RecordAssessmentDelegate implements JavaDelegate {

	private final Months months;

	RecordAssessmentDelegate(Months months) {
		this.months = months;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		boolean adjust = "ADJUST".equals(fields.text("scoreDecision"));
		Integer adjusted = adjust && execution.getVariable("adjustedScore") != null ? fields.wholeNumber("adjustedScore", 0, 100)
				: null;
		SupervisionMonth month = months.assess(execution.getProcessBusinessKey(), adjust, adjusted,
				adjust ? fields.optionalText("adjustReason") : null);
		execution.setVariable("assessment", month.getAdjustReason() == null
				? "确认系统计分：%d 分".formatted(month.getScore())
				: "调整为 %d 分（系统计分 %d 分）：%s".formatted(month.getScore(), month.getProposedScore(), month.getAdjustReason()));
		execution.setVariable("assessedRating", month.getRating().name());
		execution.removeVariables(List.of("scoreDecision", "adjustedScore", "adjustReason"));
	}

}
