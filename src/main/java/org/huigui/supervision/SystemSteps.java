package org.huigui.supervision;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Engine calls that are the product's own, not the user's: evaluating a rule table or moving a timer while a
 * staff member submits a form or a check-in arrives. Staff hold no permission on decision definitions or jobs,
 * and need none; the call runs in the caller's transaction.
 */
@Component
class SystemSteps {

	private final ProcessEngine engine;

	SystemSteps(ProcessEngine engine) {
		this.engine = engine;
	}

	<T> T run(Callable<T> step) {
		CommandContext current = Context.getCommandContext();
		if (current != null) {
			return current.runWithoutAuthorization(step);
		}
		return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
			.execute(context -> context.runWithoutAuthorization(step));
	}

}
