package org.huigui.leave;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.huigui.system.DecisionTableScenarios;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code processes/leave-approval.dmn}: who approves a leave, how far ahead to apply, and when it is refused. */
@Deployment(resources = "processes/leave-approval.dmn")
class LeaveApprovalDiagramTest extends DecisionTableScenarios {

	@RegisterExtension
	static ProcessEngineExtension engine = decisionEngine();

	@ParameterizedTest(name = "{0} days, {1} this year: {2}")
	@CsvSource({ "1, 1, Rule_Office, OFFICE, 3, ", "7, 60, Rule_Office, OFFICE, 3, ",
			"8, 8, Rule_County, COUNTY, 7, ", "30, 60, Rule_County, COUNTY, 7, ",
			"31, 31, Rule_TooLong, REFUSED, 7, 单次外出超过30日，不予批准", "31, 61, Rule_TooLong, REFUSED, 7, 单次外出超过30日，不予批准",
			"7, 61, Rule_YearTooLong, REFUSED, 7, 本年度累计外出超过60日，不予批准",
			"30, 61, Rule_YearTooLong, REFUSED, 7, 本年度累计外出超过60日，不予批准" })
	void row(int leaveDays, int leaveDaysThisYear, String rule, String approvalLevel, int noticeWorkingDays,
			String refusalReason) {
		Hit hit = evaluate(Map.of("leaveDays", leaveDays, "leaveDaysThisYear", leaveDaysThisYear));

		assertThat(hit.rule()).isEqualTo(rule);
		assertThat(hit.outputs()).containsEntry("approvalLevel", approvalLevel).containsEntry("noticeWorkingDays",
				noticeWorkingDays);
		assertThat(hit.outputs().get("refusalReason")).isEqualTo(refusalReason);
	}

}
