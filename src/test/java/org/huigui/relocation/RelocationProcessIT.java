package org.huigui.relocation;

import org.huigui.system.PostgresAvailable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The relocation scenarios on PostgreSQL, in the {@code postgres} profile. */
@ExtendWith(PostgresAvailable.class)
@ActiveProfiles("postgres")
class RelocationProcessIT extends RelocationScenarios {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresAvailable.register(registry);
	}

}
