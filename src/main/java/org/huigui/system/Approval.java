package org.huigui.system;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * An approver's decision as the approval forms submit it: {@code decision} is {@code APPROVE} or
 * {@code REJECT}; a rejection must give its reason in {@code decisionNote}.
 */
public record Approval(boolean approved, String note) {

	public static Approval of(VariableScope variables) {
		Fields fields = Fields.of(variables);
		String decision = fields.text("decision", 10);
		String note = fields.optionalText("decisionNote");
		if ("APPROVE".equals(decision)) {
			return new Approval(true, note);
		}
		if (!"REJECT".equals(decision)) {
			throw new InputRejected("decision", "须为 APPROVE 或 REJECT（收到 " + decision + "）");
		}
		if (note == null) {
			throw new InputRejected("decisionNote", "不批准时须写明理由");
		}
		return new Approval(false, note);
	}

}
