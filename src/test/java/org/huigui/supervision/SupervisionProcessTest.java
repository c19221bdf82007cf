package org.huigui.supervision;

import org.springframework.test.context.TestPropertySource;

/** The supervision scenarios on the embedded H2 database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:supervision;DB_CLOSE_DELAY=-1")
class SupervisionProcessTest extends SupervisionScenarios {

}
