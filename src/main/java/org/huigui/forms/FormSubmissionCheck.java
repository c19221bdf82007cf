package org.huigui.forms;

import java.util.StringJoiner;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.huigui.casefile.CaseFiles;
import org.huigui.forms.FormSchemas.FormReference;

/**
 * Runs when a step with a form ends: checks the submitted values against the form's own rules and,
 * for a user task of a case, writes the step with its values and its user into the case timeline.
 * An execution listener rather than a task listener, so that a refusal reaches REST callers as 400.
 */
class FormSubmissionCheck implements ExecutionListener {

	private final FormReference form;

	private final boolean userTask;

	private final FormSchemas schemas;

	private final Supplier<CaseFiles> caseFiles;

	FormSubmissionCheck(FormReference form, boolean userTask, FormSchemas schemas, Supplier<CaseFiles> caseFiles) {
		this.form = form;
		this.userTask = userTask;
		this.schemas = schemas;
		this.caseFiles = caseFiles;
	}

	@Override
	public void notify(DelegateExecution execution) {
		if (execution.isCanceled()) {
			return;
		}
		schemas.of(form, execution).ifPresent(schema -> {
			schema.check(execution::getVariable);
			String caseNumber = execution.getProcessBusinessKey();
			if (userTask && caseNumber != null) {
				caseFiles.get().recordEventIfCase(caseNumber, "STEP_COMPLETED", execution.getCurrentActivityName(),
						summary(schema, execution));
			}
		});
	}

	private static String summary(FormSchema schema, DelegateExecution execution) {
		StringJoiner joiner = new StringJoiner("；");
		for (FormSchema.Field field : schema.fields()) {
			Object value = execution.getVariable(field.key());
			if (field.editable() && value != null && !String.valueOf(value).isBlank()) {
				joiner.add(field.label() + "：" + display(field, value));
			}
		}
		return joiner.toString();
	}

	private static String display(FormSchema.Field field, Object value) {
		if (value instanceof Boolean yes) {
			return yes ? "是" : "否";
		}
		for (var option : field.component().path("values")) {
			if (option.path("value").asText().equals(String.valueOf(value))) {
				return option.path("label").asText();
			}
		}
		return String.valueOf(value);
	}

}
