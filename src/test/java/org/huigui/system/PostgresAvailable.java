package org.huigui.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Runs a test class on the PostgreSQL server of {@code HUIGUI_IT_DB_URL} (default: the local server's
 * database {@code test}) in a schema of its own, emptied once per run. Without a server the class is
 * skipped with one line; under {@code CI=true} it fails instead.
 */
public class PostgresAvailable implements ExecutionCondition {

	static final String URL = env("HUIGUI_IT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");

	static final String USER = env("HUIGUI_IT_DB_USER", "postgres");

	static final String PASSWORD = env("HUIGUI_IT_DB_PASSWORD", "");

	static final String SCHEMA = "huigui_it";

	private static boolean schemaReset;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		try {
			resetSchemaOnce();
			return ConditionEvaluationResult.enabled("PostgreSQL at " + URL);
		}
		catch (SQLException ex) {
			String reason = "PostgreSQL not reachable at " + URL + " (" + ex.getMessage() + "): integration tests skipped";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException("CI=true: " + reason, ex);
			}
			System.out.println("SKIPPED " + reason);
			return ConditionEvaluationResult.disabled(reason);
		}
	}

	public static void register(DynamicPropertyRegistry registry) {
		String separator = URL.contains("?") ? "&" : "?";
		registry.add("spring.datasource.url", () -> URL + separator + "currentSchema=" + SCHEMA);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
		registry.add("camunda.bpm.database.schema-name", () -> SCHEMA);
		registry.add("camunda.bpm.database.table-prefix", () -> SCHEMA + ".");
		registry.add("camunda.bpm.admin-user.id", () -> "it-admin");
		registry.add("camunda.bpm.admin-user.password", () -> "it-admin-password");
	}

	private static synchronized void resetSchemaOnce() throws SQLException {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			if (!schemaReset) {
				statement.execute("drop schema if exists " + SCHEMA + " cascade");
				statement.execute("create schema " + SCHEMA);
				schemaReset = true;
			}
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
