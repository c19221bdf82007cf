package org.huigui.system;

import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Clear answers where Camunda's REST resources would report the caller's error, a task someone else just
 * completed, or a password the policy refuses as a server error or in Camunda's English wrapping: input refused
 * (400 naming the field), the task taken (409), the password (400). In every Jersey application of the server
 * through {@code META-INF/services}: {@code /engine-rest}, and the webapps' own, so that Tasklist's dialogs show
 * the same message.
 */
public class CamundaRestAnswers implements ForcedAutoDiscoverable {

	@Override
	public void configure(FeatureContext context) {
		if (context.getConfiguration().getRuntimeType() != RuntimeType.SERVER) {
			return;
		}
		Supplier<ProcessEngine> engine = ProcessEngines::getDefaultProcessEngine;
		context.register(new RefusedInputMapper(engine));
		context.register(new TaskTakenMapper(engine));
		context.register(new TaskClaimedMapper());
		context.register(new PasswordPolicyMapper(engine));
	}

}
