package org.huigui.intake;

import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.huigui.system.PostgresAvailable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The intake-record migration on PostgreSQL, in a schema of its own emptied before each test. */
@ExtendWith(PostgresAvailable.Reachable.class)
class IntakeRecordMigrationIT extends IntakeRecordMigrationScenarios {

	private static final String SCHEMA = "huigui_migration_it";

	@Override
	DataSource emptyDatabase() throws SQLException {
		PostgresAvailable.emptySchema(SCHEMA);
		Map<String, Object> properties = PostgresAvailable.inSchema(SCHEMA);
		return new DriverManagerDataSource((String) properties.get("spring.datasource.url"),
				(String) properties.get("spring.datasource.username"), (String) properties.get("spring.datasource.password"));
	}

}
