package org.huigui.handover;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 未按时接回或报到: the handover is overdue, and the office head searches (漏管). */
@Component("markHandoverOverdue")
class MarkHandoverOverdueDelegate implements JavaDelegate {

	private final ReleaseNotices notices;

	MarkHandoverOverdueDelegate(ReleaseNotices notices) {
		this.notices = notices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		notices.overdue(execution.getProcessBusinessKey());
	}

}
