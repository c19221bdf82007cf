package org.huigui.aftercare;

import org.springframework.test.context.TestPropertySource;

/** The aftercare scenarios on the embedded H2 database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:aftercare;DB_CLOSE_DELAY=-1")
class AftercareProcessTest extends AftercareScenarios {

}
