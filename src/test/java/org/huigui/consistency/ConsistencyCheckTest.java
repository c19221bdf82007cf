package org.huigui.consistency;

import org.springframework.test.context.TestPropertySource;

/** The consistency scenarios on the embedded H2 database, next to the demo data. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:consistency;DB_CLOSE_DELAY=-1")
class ConsistencyCheckTest extends ConsistencyScenarios {

	@Override
	String[] administrator() {
		return new String[] { "demo", "demo" };
	}

}
