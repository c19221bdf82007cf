package org.huigui.supervision;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The analysts' rule tables in {@code processes/}, latest deployed version, evaluated as the product's own step by a
 * DMN engine of their own. They write no decision history: what a table decided is kept where it matters (each
 * period with its grade and rhythm, each month with its points, each grade with its reason), and reading the case
 * page stays a read. Staff need no permission on decision definitions.
 */
@Component
class Decisions {

	static final String RHYTHM = "supervision-rhythm";

	static final String POINTS = "supervision-points";

	static final String RATING = "supervision-rating";

	static final String GRADE_REVIEW = "grade-review";

	private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	/** Each deployed version of a table, parsed once: by decision definition id. */
	private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

	private final SystemSteps systemSteps;

	Decisions(SystemSteps systemSteps) {
		this.systemSteps = systemSteps;
	}

	List<Map<String, Object>> all(String key, Map<String, Object> inputs) {
		DmnDecision table = systemSteps.run(() -> {
			DeploymentCache deployed = Context.getProcessEngineConfiguration().getDeploymentCache();
			String latest = deployed.findDeployedLatestDecisionDefinitionByKey(key).getId();
			return parsed.computeIfAbsent(latest,
					id -> dmnEngine.parseDecision(key, deployed.findDmnModelInstanceForDecisionDefinition(id)));
		});
		return dmnEngine.evaluateDecisionTable(table, Variables.fromMap(inputs)).getResultList();
	}

	Map<String, Object> one(String key, Map<String, Object> inputs) {
		List<Map<String, Object>> results = all(key, inputs);
		if (results.size() != 1) {
			throw new IllegalStateException("decision table " + key + " gave " + results.size() + " results for " + inputs);
		}
		return results.get(0);
	}

}
