package org.huigui.consistency;

import java.sql.SQLException;
import org.huigui.system.PostgresAvailable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The consistency scenarios on PostgreSQL, in the {@code postgres} profile, in a schema of their own: the other
 * scenarios' schema holds what they provoked on purpose (an instance deleted, say), which this check would find.
 */
@ExtendWith(PostgresAvailable.Reachable.class)
@ActiveProfiles("postgres")
class ConsistencyCheckIT extends ConsistencyScenarios {

	static final String SCHEMA = "huigui_consistency_it";

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) throws SQLException {
		PostgresAvailable.emptySchema(SCHEMA);
		PostgresAvailable.inSchema(SCHEMA).forEach((name, value) -> registry.add(name, () -> value));
	}

	@Override
	String[] administrator() {
		return new String[] { PostgresAvailable.ADMIN, PostgresAvailable.ADMIN_PASSWORD };
	}

}
