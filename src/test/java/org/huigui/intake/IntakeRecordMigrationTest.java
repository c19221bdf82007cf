package org.huigui.intake;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The intake-record migration on H2, the embedded default. */
class IntakeRecordMigrationTest extends IntakeRecordMigrationScenarios {

	@Override
	DataSource emptyDatabase() {
		return new DriverManagerDataSource("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
	}

}
