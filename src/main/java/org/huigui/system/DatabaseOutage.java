package org.huigui.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database cannot be reached: no connection within the pool's timeout, a connection refused or lost, or
 * a server shutting down or starting up. Whatever wraps it (Spring's transaction, Hibernate, MyBatis, the
 * engine, the engine REST API), the caller is told 503 and to try again, never 500 or a refused login.
 */
final class DatabaseOutage {

	static final Problem ANSWER = Problem.of(503, "数据库暂时不可用，请稍后重试");

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	private DatabaseOutage() {
	}

	static boolean explains(Throwable failure) {
		Map<Throwable, Boolean> seen = new IdentityHashMap<>();
		for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			// SQL state class 08: connection exception; 57P01-57P03: server shutting down, crashed, starting up
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
			if (brokenConnectionReused(cause)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * HikariCP's answer, without an SQL state, on a connection it already closed as broken: the rollback after
	 * a lost connection meets it, and Spring then reports that instead of the loss.
	 */
	private static boolean brokenConnectionReused(Throwable cause) {
		return cause instanceof SQLException sql && sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
	}

	/** One line for the log instead of the stack trace the request would otherwise have logged. */
	static void answered(String request, Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		log.warn("Database unavailable, answered 503 to {}: {}", request, root.toString());
	}

}
