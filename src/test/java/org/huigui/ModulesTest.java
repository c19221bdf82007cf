package org.huigui;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * Each top-level package is a module (docs/architecture.md): the test fails when a module reaches into another's
 * internals, uses a module it does not declare, or closes a cycle; it then redraws the diagrams in docs/modules.
 */
class ModulesTest {

	static final ApplicationModules MODULES = ApplicationModules.of(HuiguiApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDiagrams() {
		new Documenter(MODULES, Options.defaults().withOutputFolder("docs/modules"))
				.writeModulesAsPlantUml()
				.writeIndividualModulesAsPlantUml();
	}

}
