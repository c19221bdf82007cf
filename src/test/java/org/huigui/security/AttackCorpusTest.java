package org.huigui.security;

import org.springframework.test.context.TestPropertySource;

/** The attack corpus on the embedded H2 database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:attacks;DB_CLOSE_DELAY=-1")
class AttackCorpusTest extends AttackCorpusScenarios {

}
