package org.huigui.intake;

import org.springframework.test.context.TestPropertySource;

/** The intake scenarios on the embedded H2 database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:intake;DB_CLOSE_DELAY=-1")
class IntakeProcessTest extends IntakeScenarios {

}
