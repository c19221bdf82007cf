package org.huigui.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.casefile.CaseFiles;
import org.springframework.stereotype.Component;

/** 按分类管理办法建议等级: the rules' recommendation and the facts behind it, for the review form. */
@Component("recommendGrade")
class RecommendGradeDelegate implements JavaDelegate {

	private final GradeReview gradeReview;

	private final CaseFiles caseFiles;

	RecommendGradeDelegate(GradeReview gradeReview, CaseFiles caseFiles) {
		this.gradeReview = gradeReview;
		this.caseFiles = caseFiles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String caseNumber = execution.getProcessBusinessKey();
		GradeReview.Recommendation recommendation = gradeReview.recommend(caseNumber, null);
		execution.setVariable("currentGrade", caseFiles.get(caseNumber).getGrade().name());
		execution.setVariable("gradeFacts", recommendation.facts());
		execution.setVariable("recommendedGrade", recommendation.grade().name());
		execution.setVariable("recommendationReason", recommendation.reason() + (recommendation.binding() ? "（应当）" : "（可以）"));
		execution.removeVariable("gradeReturnNote");
	}

}
