package org.huigui.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Keeps refused input out of the error log: the engine logs every failed command at ERROR, but a
 * form value that breaks a rule is the user's to correct, and they are told so. Used by logback-spring.xml.
 */
public class RefusedInputLogFilter extends TurboFilter {

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
		if (level == null || !level.isGreaterOrEqual(Level.ERROR) || !logger.getName().startsWith("org.camunda.bpm.engine")) {
			return FilterReply.NEUTRAL;
		}
		if (t instanceof InputRejected) {
			return FilterReply.DENY;
		}
		if (params != null && params.length > 0 && params[params.length - 1] instanceof InputRejected) {
			return FilterReply.DENY;
		}
		return FilterReply.NEUTRAL;
	}

}
