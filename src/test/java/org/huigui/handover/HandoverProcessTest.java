package org.huigui.handover;

import org.springframework.test.context.TestPropertySource;

/** The handover scenarios on the embedded H2 database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:handover;DB_CLOSE_DELAY=-1")
class HandoverProcessTest extends HandoverScenarios {

}
