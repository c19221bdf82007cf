package org.huigui.supervision;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The analysts' rule tables in {@code processes/}, latest version, evaluated as the product's own step. */
@Component
class Decisions {

	static final String RHYTHM = "supervision-rhythm";

	static final String POINTS = "supervision-points";

	static final String RATING = "supervision-rating";

	static final String GRADE_REVIEW = "grade-review";

	private final DecisionService decisionService;

	private final SystemSteps systemSteps;

	Decisions(DecisionService decisionService, SystemSteps systemSteps) {
		this.decisionService = decisionService;
		this.systemSteps = systemSteps;
	}

	List<Map<String, Object>> all(String key, Map<String, Object> inputs) {
		return systemSteps.run(() -> decisionService.evaluateDecisionTableByKey(key, inputs).getResultList());
	}

	Map<String, Object> one(String key, Map<String, Object> inputs) {
		List<Map<String, Object>> results = all(key, inputs);
		if (results.size() != 1) {
			throw new IllegalStateException("decision table " + key + " gave " + results.size() + " results for " + inputs);
		}
		return results.get(0);
	}

}
