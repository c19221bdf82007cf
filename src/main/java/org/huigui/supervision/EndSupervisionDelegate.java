package org.huigui.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 结束在矫管理: the correction ended or was terminated; the supervision's open work ends with its instance. */
@Component("endSupervision")
class EndSupervisionDelegate implements JavaDelegate {

	private final SupervisionEnd supervisionEnd;

	EndSupervisionDelegate(SupervisionEnd supervisionEnd) {
		this.supervisionEnd = supervisionEnd;
	}

	@Override
	public void execute(DelegateExecution execution) {
		supervisionEnd.ended(execution.getProcessBusinessKey());
	}

}
