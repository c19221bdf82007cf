package org.huigui.supervision;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.casefile.Grade;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 记录等级审批结果: approved, the grade is the case's from the next period; returned, staff review again. */
@Component("recordGradeDecision")
class RecordGradeDecisionDelegate implements JavaDelegate {

	private final GradeReview gradeReview;

	RecordGradeDecisionDelegate(GradeReview gradeReview) {
		this.gradeReview = gradeReview;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		boolean approve = "APPROVE".equals(fields.text("gradeDecision"));
		if (approve) {
			gradeReview.approve(execution.getProcessBusinessKey(), fields.choice("proposedGrade", Grade.class),
					fields.text("gradeReason"));
			execution.removeVariables(List.of("riskLevel", "ableToWork", "proposedGrade", "gradeReason", "gradeFacts",
					"recommendedGrade", "recommendationReason", "currentGrade"));
		}
		else {
			execution.setVariable("gradeReturnNote", fields.text("gradeNote"));
		}
		execution.setVariable("gradeApproved", approve);
		execution.removeVariables(List.of("gradeDecision", "gradeNote"));
	}

}
