package org.huigui.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
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
 * inputs must hit (the rules, for a table that collects); after the class, every rule of the file's tables must
 * have been hit by some row, so a rule that no input can reach, or a new one without a row, fails.
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

	/** Evaluates the file's first decision, which the inputs must hit by one rule. */
	protected Hit evaluate(Map<String, Object> inputs) {
		return evaluate(table.getModelElementsByType(Decision.class).iterator().next().getId(), inputs);
	}

	/** Evaluates the decision {@code key} of the file, which the inputs must hit by one rule. */
	protected Hit evaluate(String key, Map<String, Object> inputs) {
		List<Hit> hits = evaluateAll(key, inputs);
		assertThat(hits).as("rules hit by %s", inputs).hasSize(1);
		return hits.get(0);
	}

	/**
	 * Evaluates the decision {@code key} of the file, for a table that collects (hit policy COLLECT): every rule the
	 * inputs hit, in the table's order, each with its outputs.
	 */
	protected List<Hit> evaluateAll(String key, Map<String, Object> inputs) {
		List<Map<String, Object>> results = engine.getDecisionService().evaluateDecisionByKey(key).variables(inputs)
			.evaluate()
			.getResultList();
		HistoricDecisionInstance evaluation = engine.getHistoryService().createHistoricDecisionInstanceQuery()
			.decisionDefinitionKey(key).includeOutputs().singleResult();
		List<String> rules = evaluation.getOutputs().stream()
			.sorted(Comparator.comparing(HistoricDecisionOutputInstance::getRuleOrder))
			.map(HistoricDecisionOutputInstance::getRuleId).distinct().toList();
		assertThat(rules).as("rules hit by %s", inputs).hasSameSizeAs(results);
		rulesHit.addAll(rules);
		return IntStream.range(0, rules.size()).mapToObj(i -> new Hit(rules.get(i), results.get(i))).toList();
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
