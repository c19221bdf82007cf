package org.huigui.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.huigui.system.DecisionTableScenarios;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code processes/supervision-rhythm.dmn}: each grade's periods of reporting, written reports, talks and home visits,
 * and its monthly hours of study and community work.
 */
@Deployment(resources = "processes/supervision-rhythm.dmn")
class SupervisionRhythmDiagramTest extends DecisionTableScenarios {

	@RegisterExtension
	static ProcessEngineExtension engine = decisionEngine();

	@ParameterizedTest(name = "{0}: report {2}, written {3}, talk {4}, visit {5}, {6} and {7} hours")
	@CsvSource({ "STRICT, Rule_Strict, P1W, P1W, P1W, P1M, 12, 12",
			"ORDINARY, Rule_Ordinary, P1M, P1M, P1M, P3M, 8, 8", "LENIENT, Rule_Lenient, P3M, P1M, P3M, P6M, 4, 4" })
	void row(String grade, String rule, String reportEvery, String writtenReportEvery, String talkEvery,
			String homeVisitEvery, int studyHours, int activityHours) {
		Hit hit = evaluate(Map.of("grade", grade));

		assertThat(hit.rule()).isEqualTo(rule);
		assertThat(hit.outputs()).isEqualTo(Map.of("reportEvery", reportEvery, "writtenReportEvery", writtenReportEvery,
				"talkEvery", talkEvery, "homeVisitEvery", homeVisitEvery, "studyHours", studyHours, "activityHours",
				activityHours));
	}

}
