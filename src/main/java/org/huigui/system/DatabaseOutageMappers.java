package org.huigui.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * A database outage inside Camunda's JAX-RS applications ({@code /engine-rest}, and the webapps' own REST
 * calls and login under {@code /camunda/api}) answered 503 with a clear message, where Camunda would answer
 * 500. Jersey picks the mapper of the exception's nearest type, so there is one for each type Camunda maps
 * (an engine exception, a REST exception, anything else); each takes only an outage and leaves every other
 * exception to the mapper it had (priority 0 puts them ahead of Camunda's and {@link RefusedInputMapper}, which
 * then get every other exception as before). Every Jersey application of the server gets them through
 * {@code META-INF/services}, since the webapps' applications are Camunda's own classes.
 */
public class DatabaseOutageMappers implements ForcedAutoDiscoverable {

	@Override
	public void configure(FeatureContext context) {
		if (context.getConfiguration().getRuntimeType() != RuntimeType.SERVER) {
			return;
		}
		context.register(new Anything());
		context.register(new Engine());
		context.register(new Rest());
	}

	abstract static class Mapper<E extends Throwable> implements ExtendedExceptionMapper<E> {

		@Override
		public boolean isMappable(E exception) {
			return DatabaseOutage.explains(exception);
		}

		@Override
		public Response toResponse(E exception) {
			DatabaseOutage.answered("a REST call", exception);
			return RestRefusals.answer(DatabaseOutage.ANSWER);
		}

	}

	@Priority(0)
	static class Anything extends Mapper<Throwable> {
	}

	@Priority(0)
	static class Engine extends Mapper<ProcessEngineException> {
	}

	@Priority(0)
	static class Rest extends Mapper<RestException> {
	}

}
