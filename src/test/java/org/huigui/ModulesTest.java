package org.huigui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * Each top-level package is a module (docs/architecture.md): the test fails when a module uses a module it does not
 * declare, reaches into casefile past its {@code api}, or closes a cycle; it then redraws the diagrams in docs/modules.
 */
class ModulesTest {

	static final ApplicationModules MODULES = ApplicationModules.of(HuiguiApplication.class);

	static final Path DIAGRAMS = Path.of("docs/modules");

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDiagrams() throws IOException {
		new Documenter(MODULES, Options.defaults().withOutputFolder(DIAGRAMS.toString()))
				.writeModulesAsPlantUml()
				.writeIndividualModulesAsPlantUml();
		try (Stream<Path> diagrams = Files.list(DIAGRAMS)) {
			for (Path diagram : diagrams.toList()) {
				Files.write(diagram, inFixedOrder(Files.readAllLines(diagram)));
			}
		}
	}

	/** The Documenter lists components and relations in no fixed order: sorted, a diagram changes only with the modules. */
	static List<String> inFixedOrder(List<String> lines) {
		List<String> ordered = new ArrayList<>();
		List<String> run = new ArrayList<>();
		for (String line : lines) {
			if (!run.isEmpty() && !kind(line).equals(kind(run.get(0)))) {
				ordered.addAll(run.stream().sorted().toList());
				run.clear();
			}
			if (kind(line).isEmpty()) {
				ordered.add(line);
			}
			else {
				run.add(line);
			}
		}
		ordered.addAll(run.stream().sorted().toList());
		return ordered;
	}

	private static String kind(String line) {
		String element = line.strip();
		return element.startsWith("Rel(") || element.startsWith("Component(") ? element.substring(0, element.indexOf('(')) : "";
	}

}
