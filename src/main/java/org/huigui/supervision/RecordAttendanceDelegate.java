package org.huigui.supervision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.huigui.system.InputRejected;
import org.springframework.stereotype.Component;

/** 记入参加人员时数: the ticked subjects attended; each one's month counts the session's hours. */
@Component("recordAttendance")
class RecordAttendanceDelegate implements JavaDelegate {

	private final Sessions sessions;

	RecordAttendanceDelegate(Sessions sessions) {
		this.sessions = sessions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		sessions.attended(execution.getProcessBusinessKey(), caseNumbers(execution.getVariable("attendees")));
	}

	private static List<String> caseNumbers(Object raw) {
		List<String> chosen = new ArrayList<>();
		if (raw instanceof SpinJsonNode json && json.isArray()) {
			json.elements().forEach(element -> chosen.add(element.isString() ? element.stringValue() : element.toString()));
		}
		else if (raw instanceof Collection<?> many) {
			many.forEach(one -> chosen.add(String.valueOf(one)));
		}
		else {
			throw new InputRejected("attendees", "须为勾选的参加人员列表");
		}
		return chosen;
	}

}
