package org.huigui.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.casefile.Grade;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 记录等级评估意见: the proposal, checked against the rules with the risk level staff just assessed. */
@Component("recordGradeProposal")
class RecordGradeProposalDelegate implements JavaDelegate {

	private final GradeReview gradeReview;

	RecordGradeProposalDelegate(GradeReview gradeReview) {
		this.gradeReview = gradeReview;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		GradeReview.Recommendation recommendation = gradeReview.propose(execution.getProcessBusinessKey(),
				fields.choice("riskLevel", RiskLevel.class), "YES".equals(fields.text("ableToWork")),
				fields.choice("proposedGrade", Grade.class));
		execution.setVariable("recommendedGrade", recommendation.grade().name());
		execution.setVariable("recommendationReason", recommendation.reason() + (recommendation.binding() ? "（应当）" : "（可以）"));
	}

}
