package org.huigui.relocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 征求接收地意见: starts the receiving county's own verification. */
@Component("consultReceivingCounty")
class ConsultReceivingCountyDelegate implements JavaDelegate {

	private final ReceivingCountyConsultation consultation;

	ConsultReceivingCountyDelegate(ReceivingCountyConsultation consultation) {
		this.consultation = consultation;
	}

	@Override
	public void execute(DelegateExecution execution) {
		consultation.ask(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), execution);
	}

}
