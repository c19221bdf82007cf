package org.huigui.relocation;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 征求接收地意见: starts the receiving county's own verification, handing it only what it needs to
 * verify the address, never the sending county's case.
 */
@Component("consultReceivingCounty")
class ConsultReceivingCountyDelegate implements JavaDelegate {

	static final String VERIFICATION = "relocation-verification";

	private final RuntimeService runtimeService;

	ConsultReceivingCountyDelegate(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		runtimeService.startProcessInstanceByKey(VERIFICATION, execution.getProcessBusinessKey(),
				Map.of("requestingProcessInstanceId", execution.getProcessInstanceId(), "targetOfficeCode",
						execution.getVariable("targetOfficeCode"), "targetCountyCode", execution.getVariable("targetCountyCode"),
						"personName", execution.getVariable("personName"), "newAddress", execution.getVariable("newAddress"),
						"plannedMoveOn", execution.getVariable("plannedMoveOn")));
	}

}
