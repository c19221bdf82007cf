package org.huigui.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.huigui.system.DecisionTableScenarios;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code processes/grade-review.dmn}: the grade recommended from the case's record, the first rule that fits (the
 * strict ones, binding, before the lenient ones); a lenient subject doing well stays lenient; without a risk level or
 * a quarter's scores, ordinary.
 */
@Deployment(resources = "processes/grade-review.dmn")
class GradeReviewDiagramTest extends DecisionTableScenarios {

	@RegisterExtension
	static ProcessEngineExtension engine = decisionEngine();

	@ParameterizedTest(name = "{0} months, risk {1}, {2}/{3}/{4} sanctions, failed {5}, {6} months ordinary, "
			+ "average {7}, {8} praises, now {9}: {10}")
	@CsvSource({ "1, MEDIUM, 0, 0, 0, false, 0, , 0, STRICT, Rule_UnderTwoMonths, STRICT, true",
			"1, LOW, 0, 0, 0, false, 0, , 3, STRICT, Rule_UnderTwoMonths, STRICT, true",
			"2, MEDIUM, 0, 0, 0, false, 2, 85, 0, ORDINARY, Rule_Otherwise, ORDINARY, false",
			"8, HIGH, 0, 0, 0, false, 6, 95, 3, ORDINARY, Rule_HighRisk, STRICT, true",
			"8, MEDIUM, 2, 0, 0, false, 6, 95, 0, ORDINARY, Rule_Admonitions, STRICT, true",
			"8, MEDIUM, 1, 0, 0, false, 6, 79.9, 0, ORDINARY, Rule_Otherwise, ORDINARY, false",
			"8, LOW, 0, 1, 0, false, 6, 95, 0, ORDINARY, Rule_Warning, STRICT, true",
			"8, MEDIUM, 0, 0, 1, false, 6, 95, 0, ORDINARY, Rule_PolicePenalty, STRICT, true",
			"8, LOW, 0, 0, 0, true, 6, 80, 0, ORDINARY, Rule_FailedMonth, STRICT, true",
			"8, MEDIUM, 0, 0, 0, false, 6, 80, 0, ORDINARY, Rule_SixMonthsOrdinaryGood, LENIENT, false",
			"8, MEDIUM, 0, 0, 0, false, 6, 79.9, 0, ORDINARY, Rule_Otherwise, ORDINARY, false",
			"8, MEDIUM, 0, 0, 0, false, 5, 95, 0, ORDINARY, Rule_Otherwise, ORDINARY, false",
			"8, MEDIUM, 0, 0, 0, false, 2, 70, 3, ORDINARY, Rule_ThreePraises, LENIENT, false",
			"8, MEDIUM, 0, 0, 0, false, 2, 70, 2, ORDINARY, Rule_Otherwise, ORDINARY, false",
			"8, LOW, 0, 0, 0, false, 2, 70, 0, ORDINARY, Rule_LowRisk, LENIENT, false",
			"8, , 0, 0, 0, false, 6, , 0, ORDINARY, Rule_Otherwise, ORDINARY, false",
			"8, MEDIUM, 0, 0, 0, false, 0, 80, 0, LENIENT, Rule_LenientStillGood, LENIENT, false",
			"8, MEDIUM, 0, 0, 0, false, 0, 79.9, 0, LENIENT, Rule_Otherwise, ORDINARY, false",
			"8, HIGH, 0, 0, 0, false, 0, 95, 0, LENIENT, Rule_HighRisk, STRICT, true" })
	void row(int monthsUnderSupervision, String riskLevel, int admonitions, int warnings, int policePenalties,
			boolean lastMonthFailed, int monthsOrdinary, Double quarterAverage, int consecutivePraises, String currentGrade,
			String rule, String recommendedGrade, boolean binding) {
		Map<String, Object> inputs = new HashMap<>();
		inputs.put("monthsUnderSupervision", monthsUnderSupervision);
		inputs.put("riskLevel", riskLevel);
		inputs.put("admonitions", admonitions);
		inputs.put("warnings", warnings);
		inputs.put("policePenalties", policePenalties);
		inputs.put("lastMonthFailed", lastMonthFailed);
		inputs.put("monthsOrdinary", monthsOrdinary);
		inputs.put("quarterAverage", quarterAverage);
		inputs.put("consecutivePraises", consecutivePraises);
		inputs.put("currentGrade", currentGrade);

		Hit hit = evaluate(inputs);

		assertThat(hit.rule()).isEqualTo(rule);
		assertThat(hit.outputs()).containsEntry("recommendedGrade", recommendedGrade).containsEntry("binding", binding);
		assertThat(hit.outputs().get("recommendationReason")).asString().isNotBlank();
	}

}
