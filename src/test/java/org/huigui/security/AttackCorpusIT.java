package org.huigui.security;

import org.huigui.system.PostgresAvailable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The attack corpus on PostgreSQL, in the {@code postgres} profile. */
@ExtendWith(PostgresAvailable.class)
@ActiveProfiles("postgres")
class AttackCorpusIT extends AttackCorpusScenarios {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresAvailable.register(registry);
	}

}
