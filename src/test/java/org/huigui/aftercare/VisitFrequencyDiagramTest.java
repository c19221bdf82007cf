package org.huigui.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.huigui.system.DecisionTableScenarios;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code processes/visit-frequency.dmn}: key subjects are visited monthly, general ones every three months. */
@Deployment(resources = "processes/visit-frequency.dmn")
class VisitFrequencyDiagramTest extends DecisionTableScenarios {

	@RegisterExtension
	static ProcessEngineExtension engine = decisionEngine();

	@ParameterizedTest(name = "{0}: every {2} months")
	@CsvSource({ "KEY, Rule_Key, 1", "GENERAL, Rule_General, 3" })
	void row(String category, String rule, int visitIntervalMonths) {
		Hit hit = evaluate(Map.of("category", category));

		assertThat(hit.rule()).isEqualTo(rule);
		assertThat(hit.outputs()).containsExactlyEntriesOf(Map.of("visitIntervalMonths", visitIntervalMonths));
	}

}
