package org.huigui.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
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

	/** The administrator of an application on PostgreSQL: its password meets Camunda's password policy. */
	public static final String ADMIN = "it-admin";

	public static final String ADMIN_PASSWORD = "Huigui-2026-Ceshi!";

	private static boolean schemaReset;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return reachable(PostgresAvailable::resetSchemaOnce);
	}

	/** For a test class that empties a schema of its own itself: the server must answer, {@value #SCHEMA} is left alone. */
	public static class Reachable implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return reachable(() -> DriverManager.getConnection(URL, USER, PASSWORD).close());
		}

	}

	private interface Preparation {

		void run() throws SQLException;

	}

	private static ConditionEvaluationResult reachable(Preparation preparation) {
		try {
			preparation.run();
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
		inSchema(URL, USER, PASSWORD, SCHEMA).forEach((name, value) -> registry.add(name, () -> value));
	}

	/** The application's properties for a database and a schema of its own: Huigui's tables and Camunda's. */
	public static Map<String, Object> inSchema(String url, String user, String password, String schema) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
		properties.put("spring.datasource.username", user);
		properties.put("spring.datasource.password", password);
		properties.put("camunda.bpm.database.schema-name", schema);
		properties.put("camunda.bpm.database.table-prefix", schema + ".");
		properties.put("camunda.bpm.admin-user.id", ADMIN);
		properties.put("camunda.bpm.admin-user.password", ADMIN_PASSWORD);
		return properties;
	}

	/** Properties as command-line arguments for an application a test starts itself: they win over application.yml. */
	public static String[] commandLine(Map<String, Object> properties) {
		return properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
	}

	/** The properties for the test server of {@code HUIGUI_IT_DB_URL} in a schema of its own. */
	public static Map<String, Object> inSchema(String schema) {
		return inSchema(URL, USER, PASSWORD, schema);
	}

	/** Drops and creates the schema: for a test class that needs one apart from {@value #SCHEMA}. */
	public static void emptySchema(String url, String user, String password, String schema) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
			statement.execute("create schema " + schema);
		}
	}

	public static void emptySchema(String schema) throws SQLException {
		emptySchema(URL, USER, PASSWORD, schema);
	}

	private static synchronized void resetSchemaOnce() throws SQLException {
		DriverManager.getConnection(URL, USER, PASSWORD).close();
		if (!schemaReset) {
			emptySchema(SCHEMA);
			schemaReset = true;
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
