package org.huigui.leave;

import org.springframework.test.context.TestPropertySource;

/** The leave scenarios on the embedded H2 database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:leave;DB_CLOSE_DELAY=-1")
class LeaveProcessTest extends LeaveScenarios {

}
