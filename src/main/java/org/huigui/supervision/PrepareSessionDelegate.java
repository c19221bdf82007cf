package org.huigui.supervision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.huigui.identity.OfficeAccess;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;
import org.springframework.stereotype.Component;

/**
 * 登记活动: the session gets its reference as business key and belongs to the recording user's office; the form that
 * follows offers that office's subjects under supervision ({@code subjects}) to tick.
 */
@Component("prepareSession")
class PrepareSessionDelegate implements JavaDelegate {

	private final Sessions sessions;

	private final OfficeAccess officeAccess;

	PrepareSessionDelegate(Sessions sessions, OfficeAccess officeAccess) {
		this.sessions = sessions;
		this.officeAccess = officeAccess;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		SupervisionSession session = sessions.hold((String) execution.getVariable("sessionRecordedBy"),
				fields.choice("sessionKind", SupervisionSession.Kind.class), fields.dateNotAfterToday("heldOn"),
				hours(execution.getVariable("hours")), fields.text("place"), fields.text("content"));
		execution.setProcessBusinessKey(session.getReference());
		officeAccess.grantInstance(execution.getProcessInstanceId(), session.getOfficeCode());
		List<Map<String, String>> subjects = sessions.subjectsOf(session.getOfficeCode()).stream()
			.map(c -> Map.of("label", c.getPerson().getName() + "（" + c.getCaseNumber() + "）", "value", c.getCaseNumber()))
			.toList();
		execution.setVariable("subjects", SpinValues.jsonValue(Spin.JSON(subjects)).create());
		execution.setVariable("session", session.label() + "（" + session.getReference() + "）");
	}

	/** Half-hours from 0.5 to 24, as the form's number field or a REST caller sends them. */
	static BigDecimal hours(Object raw) {
		BigDecimal hours;
		try {
			hours = raw instanceof Number number ? new BigDecimal(number.toString())
					: new BigDecimal(String.valueOf(raw).strip());
		}
		catch (NumberFormatException ex) {
			throw new InputRejected("hours", "须为数字（收到 " + raw + "）");
		}
		if (hours.compareTo(new BigDecimal("0.5")) < 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
			throw new InputRejected("hours", "须在 0.5 至 24 小时之间（收到 " + hours.toPlainString() + "）");
		}
		if (hours.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
			throw new InputRejected("hours", "以半小时计，如 1.5（收到 " + hours.toPlainString() + "）");
		}
		return hours;
	}

}
