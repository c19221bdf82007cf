package org.huigui.supervision;

import org.huigui.system.PostgresAvailable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The supervision scenarios on PostgreSQL, in the {@code postgres} profile. */
@ExtendWith(PostgresAvailable.class)
@ActiveProfiles("postgres")
class SupervisionProcessIT extends SupervisionScenarios {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresAvailable.register(registry);
	}

}
