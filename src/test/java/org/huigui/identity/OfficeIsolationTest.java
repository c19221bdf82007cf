package org.huigui.identity;

import org.springframework.test.context.TestPropertySource;

/** Office isolation on the embedded H2 database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:isolation;DB_CLOSE_DELAY=-1")
class OfficeIsolationTest extends OfficeIsolationScenarios {

}
