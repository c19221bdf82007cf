package org.huigui.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.huigui.system.DecisionTableScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code processes/supervision-points.dmn}: the month's points, the base and one item for each rule the month's
 * record hits ({@value Decisions#POINTS}, COLLECT), and the rating of the month's score ({@value Decisions#RATING}).
 */
@Deployment(resources = "processes/supervision-points.dmn")
class SupervisionPointsDiagramTest extends DecisionTableScenarios {

	@RegisterExtension
	static ProcessEngineExtension engine = decisionEngine();

	static final Tuple BASE = tuple("Rule_Base", Map.of("item", "基础分", "points", 100));

	@Test
	void cleanMonth_onlyTheBase() {
		assertThat(evaluateAll(Decisions.POINTS, month(Map.of()))).extracting(Hit::rule, Hit::outputs)
			.containsExactly(BASE);
	}

	@ParameterizedTest(name = "{0} = {1}: {3} {4}")
	@CsvSource({ "reportsMissed, 1, Rule_ReportsMissed, 未按期到所报到 1 次, -10",
			"reportsMissed, 2, Rule_ReportsMissed, 未按期到所报到 2 次, -20",
			"writtenReportsMissed, 1, Rule_WrittenMissed, 未按期书面汇报 1 次, -5",
			"checkInsMissed, 1, Rule_CheckInsMissed, 信息化核查中断 1 次, -5",
			"outOfContact, 1, Rule_OutOfContact, 脱管 1 次, -30",
			"studyHoursShort, 1, Rule_StudyShort, 学习教育不足 1 小时, -1",
			"studyHoursShort, 12, Rule_StudyShort, 学习教育不足 12 小时, -12",
			"activityHoursShort, 1, Rule_ActivityShort, 公益活动不足 1 小时, -1",
			"leaveOverstays, 1, Rule_Overstays, 外出逾期未归 1 次, -20", "admonitions, 1, Rule_Admonitions, 受到训诫 1 次, -20",
			"warnings, 1, Rule_Warnings, 受到警告 1 次, -40", "policePenalties, 1, Rule_PolicePenalties, 受到治安管理处罚 1 次, -60",
			"praises, 1, Rule_Praises, 受到表扬 1 次, 10", "praises, 2, Rule_Praises, 受到表扬 2 次, 20" })
	void oneItem(String input, int count, String rule, String item, int points) {
		assertThat(evaluateAll(Decisions.POINTS, month(Map.of(input, count)))).extracting(Hit::rule, Hit::outputs)
			.containsExactly(BASE, tuple(rule, Map.of("item", item, "points", points)));
	}

	@Test
	void severalItems_eachWithItsPoints_inTheTablesOrder() {
		List<Hit> hits = evaluateAll(Decisions.POINTS, month(Map.of("reportsMissed", 1, "writtenReportsMissed", 2,
				"studyHoursShort", 3, "admonitions", 1, "praises", 1)));

		assertThat(hits).extracting(Hit::rule, Hit::outputs).containsExactly(BASE,
				tuple("Rule_ReportsMissed", Map.of("item", "未按期到所报到 1 次", "points", -10)),
				tuple("Rule_WrittenMissed", Map.of("item", "未按期书面汇报 2 次", "points", -10)),
				tuple("Rule_StudyShort", Map.of("item", "学习教育不足 3 小时", "points", -3)),
				tuple("Rule_Admonitions", Map.of("item", "受到训诫 1 次", "points", -20)),
				tuple("Rule_Praises", Map.of("item", "受到表扬 1 次", "points", 10)));
		assertThat(hits.stream().mapToInt(hit -> (Integer) hit.outputs().get("points")).sum()).isEqualTo(67);
	}

	@ParameterizedTest(name = "{0} points, out of contact {1} times: {3}")
	@CsvSource({ "100, 0, Rule_Good, GOOD", "90, 0, Rule_Good, GOOD", "89, 0, Rule_Pass, PASS",
			"60, 0, Rule_Pass, PASS", "59, 0, Rule_Fail, FAIL", "0, 0, Rule_Fail, FAIL",
			"100, 1, Rule_OutOfContactFails, FAIL" })
	void rating(int score, int outOfContact, String rule, String rating) {
		Hit hit = evaluate(Decisions.RATING, Map.of("score", score, "outOfContact", outOfContact));

		assertThat(hit.rule()).isEqualTo(rule);
		assertThat(hit.outputs()).isEqualTo(Map.of("rating", rating));
	}

	/** A month's record as {@code MonthRecord.inputs()} gives it: nothing counted but {@code counts}. */
	static Map<String, Object> month(Map<String, Integer> counts) {
		Map<String, Object> inputs = new LinkedHashMap<>();
		for (String input : List.of("reportsMissed", "writtenReportsMissed", "checkInsMissed", "outOfContact",
				"studyHoursShort", "activityHoursShort", "leaveOverstays", "admonitions", "warnings", "policePenalties",
				"praises")) {
			inputs.put(input, counts.getOrDefault(input, 0));
		}
		assertThat(inputs.keySet()).as("inputs of the table").containsAll(counts.keySet());
		return inputs;
	}

}
