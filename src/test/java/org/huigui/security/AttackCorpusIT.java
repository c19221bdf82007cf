package org.huigui.security;

import java.sql.SQLException;
import org.huigui.system.PostgresAvailable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The attack corpus on PostgreSQL, in the {@code postgres} profile, in a schema of its own: the other scenarios'
 * schema holds divergences they provoke on purpose, which the consistency check at the end would find.
 */
@ExtendWith(PostgresAvailable.Reachable.class)
@ActiveProfiles("postgres")
class AttackCorpusIT extends AttackCorpusScenarios {

	static final String SCHEMA = "huigui_attack_it";

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) throws SQLException {
		PostgresAvailable.emptySchema(SCHEMA);
		PostgresAvailable.inSchema(SCHEMA).forEach((name, value) -> registry.add(name, () -> value));
	}

}
