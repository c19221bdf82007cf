package org.huigui.handover;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.aftercare.AssistanceCategory;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 确定帮教类别: the category staff decided, against the table's recommendation, and the 帮教建议 for the prison. */
@Component("recordClassification")
class RecordClassificationDelegate implements JavaDelegate {

	private final ReleaseNotices notices;

	RecordClassificationDelegate(ReleaseNotices notices) {
		this.notices = notices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		AssistanceCategory category = fields.choice("category", AssistanceCategory.class);
		notices.classified(execution.getProcessBusinessKey(), fields.choice("recommendedCategory", AssistanceCategory.class),
				category, fields.optionalText("categoryNote"), fields.text("recommendation"));
		execution.setVariable("keySubject", category == AssistanceCategory.KEY);
	}

}
