package org.huigui.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huigui.casefile.CaseFile;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.Grade;
import org.huigui.casefile.GradeChange;
import org.huigui.casefile.Grades;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grade review (分类管理评估): {@code grade-review.dmn} recommends a grade from the case's record; a grade the
 * rules require (strict) must be proposed as it is, any other may be proposed with a reason; the head approves, and
 * the case store keeps the grade with its history. Reviewed again a quarter later.
 */
@Service
@Transactional
class GradeReview {

	static final Period NEXT_REVIEW = Period.ofMonths(3);

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final SupervisionRepository supervisions;

	private final Months months;

	private final MonthRecords records;

	private final Decisions decisions;

	private final CaseFiles caseFiles;

	private final Grades grades;

	GradeReview(SupervisionRepository supervisions, Months months, MonthRecords records, Decisions decisions,
			CaseFiles caseFiles, Grades grades) {
		this.supervisions = supervisions;
		this.months = months;
		this.records = records;
		this.decisions = decisions;
		this.caseFiles = caseFiles;
		this.grades = grades;
	}

	/** What the rules recommend, from the record and the risk level (the last one assessed when {@code null}). */
	record Recommendation(Grade grade, String reason, boolean binding, String facts) {
	}

	@Transactional(readOnly = true)
	Recommendation recommend(String caseNumber, String riskLevel) {
		Supervision supervision = supervisions.findById(caseNumber).orElseThrow();
		CaseFile caseFile = caseFiles.get(caseNumber);
		LocalDate today = Fields.today();
		String risk = riskLevel != null ? riskLevel : supervision.getRiskLevel();
		SanctionRecord.Counts sanctions = records.sanctions(caseNumber, supervision.getStartedOn(), today);
		List<SupervisionMonth> recent = months.approved(caseNumber, 3);
		boolean lastFailed = !recent.isEmpty() && recent.get(0).getRating() == Rating.FAIL;
		Double average = recent.isEmpty() ? null
				: recent.stream().mapToInt(SupervisionMonth::getScore).average().orElse(0);
		int monthsUnder = (int) Period.between(supervision.getStartedOn(), today).toTotalMonths();
		int monthsOrdinary = caseFile.getGrade() == Grade.ORDINARY ? monthsSinceLastChange(caseNumber, today) : 0;
		Map<String, Object> inputs = new HashMap<>();
		inputs.put("monthsUnderSupervision", monthsUnder);
		inputs.put("riskLevel", risk);
		inputs.put("admonitions", sanctions.admonitions());
		inputs.put("warnings", sanctions.warnings());
		inputs.put("policePenalties", sanctions.policePenalties());
		inputs.put("lastMonthFailed", lastFailed);
		inputs.put("monthsOrdinary", monthsOrdinary);
		inputs.put("quarterAverage", average);
		inputs.put("consecutivePraises", sanctions.consecutivePraises());
		inputs.put("currentGrade", caseFile.getGrade().name());
		Map<String, Object> result = decisions.one(Decisions.GRADE_REVIEW, inputs);
		String facts = String.join("\n", "现管理等级：" + caseFile.getGrade().label() + "；在矫 " + monthsUnder + " 个月"
				+ (monthsOrdinary > 0 ? "，其中连续普管 " + monthsOrdinary + " 个月" : ""),
				"最近一季度考核：" + (recent.isEmpty() ? "尚无" : recent.stream()
					.map(month -> month.label() + " " + month.getScore() + " 分（" + month.getRating().label() + "）")
					.reduce((a, b) -> a + "，" + b).orElse("")) + (average == null ? "" : "；平均 %.1f 分".formatted(average)),
				"风险评估：" + (risk == null ? "尚未评估" : RiskLevel.valueOf(risk).label()),
				"在矫期间：训诫 %d 次、警告 %d 次、治安管理处罚 %d 次，连续表扬 %d 次".formatted(sanctions.admonitions(),
						sanctions.warnings(), sanctions.policePenalties(), sanctions.consecutivePraises()));
		return new Recommendation(Grade.valueOf(String.valueOf(result.get("recommendedGrade"))),
				String.valueOf(result.get("recommendationReason")), Boolean.TRUE.equals(result.get("binding")), facts);
	}

	/**
	 * Staff's proposal, with the risk level they assessed now: checked against the rules with that risk level; the
	 * subject's risk and ability to work are kept for the next month and review.
	 */
	Recommendation propose(String caseNumber, RiskLevel risk, boolean ableToWork, Grade proposed) {
		Recommendation recommendation = recommend(caseNumber, risk.name());
		if (recommendation.binding() && proposed != recommendation.grade()) {
			throw new InputRejected("proposedGrade", "依规应当%s（%s），不能建议%s".formatted(recommendation.grade().label(),
					recommendation.reason(), proposed.label()));
		}
		supervisions.findById(caseNumber).orElseThrow().assessed(risk.name(), ableToWork);
		return recommendation;
	}

	/** The head approved: the grade is in force from the next period, and reviewed again a quarter later. */
	void approve(String caseNumber, Grade grade, String reason) {
		grades.change(caseNumber, grade, Fields.today().plus(NEXT_REVIEW), reason);
	}

	private int monthsSinceLastChange(String caseNumber, LocalDate today) {
		List<GradeChange> history = grades.historyOf(caseNumber);
		Instant since = history.stream().filter(change -> change.getGrade() != Grade.ORDINARY)
			.reduce((first, second) -> second)
			.flatMap(lastOther -> history.stream()
				.filter(change -> change.getGrade() == Grade.ORDINARY && change.getDecidedAt().isAfter(lastOther.getDecidedAt()))
				.findFirst())
			.or(() -> history.stream().filter(change -> change.getGrade() == Grade.ORDINARY).findFirst())
			.map(GradeChange::getDecidedAt)
			.orElse(null);
		return since == null ? 0 : (int) Period.between(since.atZone(SHANGHAI).toLocalDate(), today).toTotalMonths();
	}

}
