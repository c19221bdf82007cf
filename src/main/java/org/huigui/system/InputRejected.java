package org.huigui.system;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input that breaks a rule: names the field (its variable name) and the rule. A form-field validation
 * failure to Camunda, so that Tasklist shows the message and the engine REST API's {@code submit-form}
 * and {@code complete} answer 400; thrown inside the engine, it rolls back the whole step.
 */
public class InputRejected extends FormFieldValidationException {

	private final String field;

	private final String rule;

	public InputRejected(String field, String rule) {
		super(field, field + "：" + rule);
		this.field = field;
		this.rule = rule;
	}

	public String field() {
		return field;
	}

	public String rule() {
		return rule;
	}

}
