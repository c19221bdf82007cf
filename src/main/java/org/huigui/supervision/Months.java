package org.huigui.supervision;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.huigui.casefile.CaseFile;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.Grade;
import org.huigui.casefile.Timeline;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly assessment (计分考核): after each calendar month the system gathers the month's record ({@link MonthRecords})
 * and scores it
 * with {@code supervision-points.dmn}; staff confirm or adjust the score with a reason, the head approves, and the
 * rating (良好 / 合格 / 不合格) comes from the rating table. The first month counts from the day supervision began,
 * its minimum hours in proportion.
 */
@Service
@Transactional
class Months {

	private final SupervisionMonthRepository months;

	private final SupervisionRepository supervisions;

	private final MonthRecords records;

	private final SupervisionRhythm rhythm;

	private final Decisions decisions;

	private final CaseFiles caseFiles;

	private final Timeline timeline;

	Months(SupervisionMonthRepository months, SupervisionRepository supervisions, MonthRecords records,
			SupervisionRhythm rhythm, Decisions decisions, CaseFiles caseFiles, Timeline timeline) {
		this.months = months;
		this.supervisions = supervisions;
		this.records = records;
		this.rhythm = rhythm;
		this.decisions = decisions;
		this.caseFiles = caseFiles;
		this.timeline = timeline;
	}

	/** The last day of the month to be assessed next: the month after the last one gathered, or the first. */
	@Transactional(readOnly = true)
	LocalDate nextMonthEnd(String caseNumber) {
		LocalDate first = months.findFirstByCaseNumberOrderByMonthStartDesc(caseNumber)
			.map(last -> last.getMonthEnd().plusDays(1))
			.orElseGet(() -> supervision(caseNumber).getStartedOn());
		return first.with(TemporalAdjusters.lastDayOfMonth());
	}

	/** Gathers the month that just ended and scores it; answers it for the assessment form. */
	SupervisionMonth gather(String caseNumber) {
		LocalDate end = nextMonthEnd(caseNumber);
		LocalDate start = latest(end.withDayOfMonth(1), supervision(caseNumber).getStartedOn());
		Grade grade = records.gradeOn(caseNumber, start);
		MonthRecord record = records.of(caseNumber, start, end, rhythm.of(grade), supervision(caseNumber).isAbleToWork());
		List<Map<String, Object>> points = decisions.all(Decisions.POINTS, record.inputs());
		int score = Math.max(0, Math.min(100, points.stream().mapToInt(item -> ((Number) item.get("points")).intValue()).sum()));
		StringBuilder text = new StringBuilder(record.describe()).append("\n计分：");
		points.forEach(item -> text.append(item.get("item")).append(" ").append(signed((Number) item.get("points"))).append("；"));
		text.append("合计 ").append(score).append(" 分");
		return months.save(new SupervisionMonth(caseNumber, start, end, grade, text.toString(), score,
				rating(score, record.outOfContact()), record.outOfContact()));
	}

	/** Staff confirm the system's score, or adjust it with a reason. */
	SupervisionMonth assess(String caseNumber, boolean adjust, Integer adjustedScore, String reason) {
		SupervisionMonth month = open(caseNumber);
		int score = month.getProposedScore();
		if (adjust) {
			if (adjustedScore == null) {
				throw new InputRejected("adjustedScore", "调整得分须填写调整后得分");
			}
			if (reason == null) {
				throw new InputRejected("adjustReason", "调整得分须写明理由");
			}
			score = adjustedScore;
		}
		month.assessed(score, rating(score, month.getOutOfContact()), adjust ? reason : null, timeline.currentUser());
		return month;
	}

	/** The head approves the assessment, or returns it with a reason. */
	SupervisionMonth decide(String caseNumber, boolean approve, String note) {
		SupervisionMonth month = open(caseNumber);
		if (month.getStatus() != SupervisionMonth.Status.ASSESSED) {
			throw new IllegalStateException(caseNumber + " " + month.label() + " is not assessed: " + month.getStatus());
		}
		if (!approve) {
			if (note == null) {
				throw new InputRejected("monthNote", "退回须写明理由");
			}
			month.returned(note);
			return month;
		}
		month.approved(timeline.currentUser());
		timeline.record(caseNumber, "MONTH_ASSESSED", "%s考核：%d 分，%s".formatted(month.label(), month.getScore(),
				month.getRating().label()), month.getAdjustReason() == null ? null : "调整理由：" + month.getAdjustReason());
		return month;
	}

	/** Whether the grade is to be reviewed now: its review day has come, the month failed, or a sanction was served. */
	@Transactional(readOnly = true)
	boolean gradeReviewDue(SupervisionMonth month) {
		CaseFile caseFile = caseFiles.get(month.getCaseNumber());
		return month.getRating() == Rating.FAIL
				|| caseFile.getGradeReviewOn() != null && !caseFile.getGradeReviewOn().isAfter(Fields.today())
				|| records.sanctions(month.getCaseNumber(), month.getMonthStart(), month.getMonthEnd()).sanctions() > 0;
	}

	@Transactional(readOnly = true)
	SupervisionMonth open(String caseNumber) {
		return months.findFirstByCaseNumberOrderByMonthStartDesc(caseNumber)
			.filter(month -> month.getStatus() != SupervisionMonth.Status.APPROVED)
			.orElseThrow(() -> new IllegalStateException(caseNumber + " has no month being assessed"));
	}

	@Transactional(readOnly = true)
	List<SupervisionMonth> approved(String caseNumber, int count) {
		return months.findByCaseNumberAndStatusOrderByMonthStartDesc(caseNumber, SupervisionMonth.Status.APPROVED,
				Limit.of(count));
	}

	private Rating rating(int score, int outOfContact) {
		Object rating = decisions.one(Decisions.RATING, Map.of("score", score, "outOfContact", outOfContact)).get("rating");
		return Rating.valueOf(String.valueOf(rating));
	}

	private Supervision supervision(String caseNumber) {
		return supervisions.findById(caseNumber).orElseThrow();
	}

	private static LocalDate latest(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static String signed(Number points) {
		return points.intValue() >= 0 ? "+" + points.intValue() : String.valueOf(points.intValue());
	}

}
