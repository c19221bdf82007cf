package org.huigui.relocation;

import org.springframework.test.context.TestPropertySource;

/** The relocation scenarios on the embedded H2 database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:relocation;DB_CLOSE_DELAY=-1")
class RelocationProcessTest extends RelocationScenarios {

}
