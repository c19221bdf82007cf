package org.huigui.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the analysts' files, {@code processes/} and {@code forms/}, under names that do not depend
 * on where the application runs from ({@code processes/intake.bpmn}), and only the files that changed:
 * an unchanged file never makes a new version, whether started with {@code spring-boot:run} or
 * {@code java -jar}.
 */
@Component
@Order(5)
class ModelDeployment implements ApplicationRunner {

	static final String NAME = "huigui";

	private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

	private static final String[] PATTERNS = { "classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn",
			"classpath*:forms/**/*.form" };

	private final RepositoryService repositoryService;

	ModelDeployment(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		DeploymentBuilder deployment = repositoryService.createDeployment().name(NAME).source(NAME)
			.enableDuplicateFiltering(true);
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		int files = 0;
		for (String pattern : PATTERNS) {
			for (Resource resource : resolver.getResources(pattern)) {
				try (InputStream in = resource.getInputStream()) {
					deployment.addInputStream(stableName(resource), in);
					files++;
				}
			}
		}
		DeploymentWithDefinitions deployed = deployment.deployWithResult();
		List<String> newVersions = deployed.getDeployedProcessDefinitions() == null ? List.of()
				: deployed.getDeployedProcessDefinitions().stream().map(d -> d.getKey() + " v" + d.getVersion()).toList();
		log.info("{} process and form files checked; new process versions: {}", files,
				newVersions.isEmpty() ? "none" : newVersions);
	}

	static String stableName(Resource resource) throws IOException {
		String path = resource.getURL().getPath();
		int processes = path.lastIndexOf("/processes/");
		int forms = path.lastIndexOf("/forms/");
		return path.substring(Math.max(processes, forms) + 1);
	}

}
