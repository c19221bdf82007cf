package org.huigui.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.huigui.system.DecisionTableScenarios;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code processes/assistance-category.dmn}: the category recommended at the handover, the first rule that hits. */
@Deployment(resources = "processes/assistance-category.dmn")
class AssistanceCategoryDiagramTest extends DecisionTableScenarios {

	@RegisterExtension
	static ProcessEngineExtension engine = decisionEngine();

	@ParameterizedTest(name = "{0}, {1}, {2} months, family {3}: {4}")
	@CsvSource({ "POOR, PROPERTY, 12, GOOD, Rule_PoorAssessment, KEY, 狱内改造表现差",
			"POOR, ORGANISED, 200, NONE, Rule_PoorAssessment, KEY, 狱内改造表现差",
			"GOOD, STATE_SECURITY, 12, GOOD, Rule_GraveOffence, KEY, 危害国家安全或涉黑涉恶犯罪",
			"ORDINARY, ORGANISED, 12, NONE, Rule_GraveOffence, KEY, 危害国家安全或涉黑涉恶犯罪",
			"GOOD, VIOLENT, 12, GOOD, Rule_ViolentDrugSexual, KEY, 暴力、涉毒或性犯罪",
			"GOOD, DRUG, 12, GOOD, Rule_ViolentDrugSexual, KEY, 暴力、涉毒或性犯罪",
			"GOOD, SEXUAL, 12, GOOD, Rule_ViolentDrugSexual, KEY, 暴力、涉毒或性犯罪",
			"GOOD, PROPERTY, 12, NONE, Rule_NoFamily, KEY, 无家可归或家庭拒绝接纳",
			"GOOD, NEGLIGENT, 120, GOOD, Rule_LongSentence, KEY, 原判刑期十年以上",
			"ORDINARY, PROPERTY, 12, WEAK, Rule_WeakFamilyOrdinaryAssessment, KEY, 家庭帮扶能力弱且改造表现一般",
			"GOOD, PROPERTY, 119, GOOD, Rule_General, GENERAL, 无重点帮教情形",
			"GOOD, PROPERTY, 12, WEAK, Rule_General, GENERAL, 无重点帮教情形",
			"ORDINARY, OTHER, 12, GOOD, Rule_General, GENERAL, 无重点帮教情形" })
	void row(String prisonAssessment, String offenceType, int sentenceMonths, String familySupport, String rule,
			String category, String reason) {
		Hit hit = evaluate(Map.of("prisonAssessment", prisonAssessment, "offenceType", offenceType, "sentenceMonths",
				sentenceMonths, "familySupport", familySupport));

		assertThat(hit.rule()).isEqualTo(rule);
		assertThat(hit.outputs()).containsExactlyInAnyOrderEntriesOf(Map.of("category", category, "reason", reason));
	}

}
