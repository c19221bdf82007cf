package org.huigui.identity;

import org.huigui.system.PostgresAvailable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Office isolation on PostgreSQL, in the {@code postgres} profile. */
@ExtendWith(PostgresAvailable.class)
@ActiveProfiles("postgres")
class OfficeIsolationIT extends OfficeIsolationScenarios {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresAvailable.register(registry);
	}

}
