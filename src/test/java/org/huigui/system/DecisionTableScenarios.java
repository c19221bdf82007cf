package org.huigui.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * What every decision table's test ({@code *DiagramTest}) shares: the table from {@code processes/}, deployed
 * by the class's {@code @Deployment}, evaluated by the engine of the diagram tests. Each row names the rule its
 * inputs must hit; after the class, every rule of the table must have been hit by some row, so a rule that
 * no input can reach, or a new one without a row, fails.
 */
@TestInstance(Lifecycle.PER_CLASS)
public abstract class DecisionTableScenarios {

	private final DmnModelInstance table = readTable();

	private final Set<String> rulesHit = new HashSet<>();

	private ProcessEngine engine;

	/** The rule a row's inputs hit, and the outputs the engine gave. */
	protected record Hit(String rule, Map<String, Object> outputs) {
	}

	/** The engine for one table's test class, each its own (the extension keeps per-class state). */
	protected static ProcessEngineExtension decisionEngine() {
		return ProcessEngineExtension.builder().configurationResource(DiagramScenarios.ENGINE_CONFIGURATION).build();
	}

	@BeforeEach
	void engine(ProcessEngine engine) {
		this.engine = engine;
	}

	protected Hit evaluate(Map<String, Object> inputs) {
		String key = table.getModelElementsByType(Decision.class).iterator().next().getId();
		Map<String, Object> outputs = engine.getDecisionService().evaluateDecisionByKey(key).variables(inputs)
			.evaluate()
			.getSingleResult()
			.getEntryMap();
		HistoricDecisionInstance evaluation = engine.getHistoryService().createHistoricDecisionInstanceQuery()
			.decisionDefinitionKey(key).includeOutputs().singleResult();
		List<String> rules = evaluation.getOutputs().stream().map(HistoricDecisionOutputInstance::getRuleId).distinct()
			.toList();
		assertThat(rules).as("rules hit by %s", inputs).hasSize(1);
		rulesHit.add(rules.get(0));
		return new Hit(rules.get(0), outputs);
	}

	@AfterAll
	void everyRuleHitBySomeRow() {
		assertThat(rulesHit).as("rules of %s hit by some row", resource())
			.containsExactlyInAnyOrderElementsOf(
					table.getModelElementsByType(Rule.class).stream().map(Rule::getId).toList());
	}

	private DmnModelInstance readTable() {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource())) {
			assertThat(in).as(resource()).isNotNull();
			return Dmn.readModelFromStream(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String resource() {
		return getClass().getAnnotation(Deployment.class).resources()[0];
	}

}
