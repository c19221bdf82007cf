package org.huigui.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A month of a supervised case as the system gathers it for the assessment (月度考核): what was done and missed,
 * the hours against the grade's minimum, leave overstays and sanctions. {@link #inputs()} is what the points
 * table reads.
 */
record MonthRecord(int reportsDone, int reportsMissed, int writtenReportsDone, int writtenReportsMissed, int talks,
		int homeVisits, int normalCheckIns, int checkInsMissed, int outOfContact, BigDecimal studyHours, int studyMinimum,
		BigDecimal activityHours, int activityMinimum, int leaveOverstays, SanctionRecord.Counts sanctions) {

	int studyHoursShort() {
		return shortOf(studyHours, studyMinimum);
	}

	int activityHoursShort() {
		return shortOf(activityHours, activityMinimum);
	}

	Map<String, Object> inputs() {
		Map<String, Object> inputs = new LinkedHashMap<>();
		inputs.put("reportsMissed", reportsMissed);
		inputs.put("writtenReportsMissed", writtenReportsMissed);
		inputs.put("checkInsMissed", checkInsMissed);
		inputs.put("outOfContact", outOfContact);
		inputs.put("studyHoursShort", studyHoursShort());
		inputs.put("activityHoursShort", activityHoursShort());
		inputs.put("leaveOverstays", leaveOverstays);
		inputs.put("admonitions", sanctions.admonitions());
		inputs.put("warnings", sanctions.warnings());
		inputs.put("policePenalties", sanctions.policePenalties());
		inputs.put("praises", sanctions.praises());
		return inputs;
	}

	/** The record as the assessment form shows it, one line a topic. */
	String describe() {
		return String.join("\n", "到所报到：完成 %d 次，逾期未报到 %d 次".formatted(reportsDone, reportsMissed),
				"书面汇报：收到 %d 次，逾期未交 %d 次".formatted(writtenReportsDone, writtenReportsMissed),
				"个别教育 %d 次，实地查访 %d 次".formatted(talks, homeVisits),
				"信息化核查：正常 %d 次，中断 %d 次，其中脱管 %d 次".formatted(normalCheckIns, checkInsMissed, outOfContact),
				"学习教育：%s 小时（应不少于 %d 小时）".formatted(hours(studyHours), studyMinimum),
				"公益活动：%s 小时（%s）".formatted(hours(activityHours),
						activityMinimum == 0 ? "无劳动能力，不作要求" : "应不少于 " + activityMinimum + " 小时"),
				"外出逾期未归 %d 次；表扬 %d、训诫 %d、警告 %d、治安管理处罚 %d".formatted(leaveOverstays, sanctions.praises(),
						sanctions.admonitions(), sanctions.warnings(), sanctions.policePenalties()));
	}

	private static int shortOf(BigDecimal hours, int minimum) {
		BigDecimal missing = BigDecimal.valueOf(minimum).subtract(hours);
		return missing.signum() <= 0 ? 0 : missing.setScale(0, RoundingMode.CEILING).intValue();
	}

	private static String hours(BigDecimal hours) {
		return hours.stripTrailingZeros().toPlainString();
	}

}
