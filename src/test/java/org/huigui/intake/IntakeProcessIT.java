package org.huigui.intake;

import org.huigui.system.PostgresAvailable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The intake scenarios on PostgreSQL, in the {@code postgres} profile (no demo logins). */
@ExtendWith(PostgresAvailable.class)
@ActiveProfiles("postgres")
class IntakeProcessIT extends IntakeScenarios {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresAvailable.register(registry);
	}

}
