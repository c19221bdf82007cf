package org.huigui.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huigui.casefile.CaseFile;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.Grade;
import org.huigui.casefile.GradeChange;
import org.huigui.casefile.Grades;
import org.huigui.casefile.Timeline;
import org.huigui.leave.LeaveOverstays;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly assessment (计分考核): after each calendar month the system gathers the month's record and scores it
 * with {@code supervision-points.dmn}; staff confirm or adjust the score with a reason, the head approves, and the
 * rating (良好 / 合格 / 不合格) comes from the rating table. The first month counts from the day supervision began,
 * its minimum hours in proportion.
 */
@Service
@Transactional
class Months {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final SupervisionMonthRepository months;

	private final SupervisionRepository supervisions;

	private final SupervisionPeriodRepository periods;

	private final Periods work;

	private final CheckInRepository checkIns;

	private final CheckInMissRepository misses;

	private final SupervisionSessionRepository sessions;

	private final SupervisionRhythm rhythm;

	private final Decisions decisions;

	private final CaseFiles caseFiles;

	private final Grades grades;

	private final LeaveOverstays overstays;

	private final ObjectProvider<SanctionRecord> sanctionRecord;

	private final Timeline timeline;

	Months(SupervisionMonthRepository months, SupervisionRepository supervisions, SupervisionPeriodRepository periods,
			Periods work, CheckInRepository checkIns, CheckInMissRepository misses, SupervisionSessionRepository sessions,
			SupervisionRhythm rhythm, Decisions decisions, CaseFiles caseFiles, Grades grades, LeaveOverstays overstays,
			ObjectProvider<SanctionRecord> sanctionRecord, Timeline timeline) {
		this.months = months;
		this.supervisions = supervisions;
		this.periods = periods;
		this.work = work;
		this.checkIns = checkIns;
		this.misses = misses;
		this.sessions = sessions;
		this.rhythm = rhythm;
		this.decisions = decisions;
		this.caseFiles = caseFiles;
		this.grades = grades;
		this.overstays = overstays;
		this.sanctionRecord = sanctionRecord;
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
		Grade grade = gradeOn(caseNumber, start);
		MonthRecord record = record(caseNumber, start, end, rhythm.of(grade));
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
				|| sanctions(month.getCaseNumber(), month.getMonthStart(), month.getMonthEnd()).sanctions() > 0;
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
				org.springframework.data.domain.Limit.of(count));
	}

	SanctionRecord.Counts sanctions(String caseNumber, LocalDate from, LocalDate to) {
		return Optional.ofNullable(sanctionRecord.getIfAvailable())
			.map(record -> record.between(caseNumber, from, to))
			.orElse(SanctionRecord.Counts.NONE);
	}

	private MonthRecord record(String caseNumber, LocalDate start, LocalDate end, Rhythm rules) {
		Instant from = start.atStartOfDay(SHANGHAI).toInstant();
		Instant to = end.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
		long days = ChronoUnit.DAYS.between(start, end) + 1;
		int monthDays = end.lengthOfMonth();
		boolean ableToWork = supervision(caseNumber).isAbleToWork();
		return new MonthRecord(periods.countDone(caseNumber, WorkKind.REPORT, start, end),
				work.missedIn(caseNumber, WorkKind.REPORT, start, end),
				periods.countDone(caseNumber, WorkKind.WRITTEN_REPORT, start, end),
				work.missedIn(caseNumber, WorkKind.WRITTEN_REPORT, start, end),
				periods.countDone(caseNumber, WorkKind.TALK, start, end),
				periods.countDone(caseNumber, WorkKind.HOME_VISIT, start, end),
				checkIns.countBetween(caseNumber, CheckIn.Result.NORMAL, from, to), misses.countNoticed(caseNumber, from, to),
				misses.countOutOfContact(caseNumber, from, to),
				sessions.hoursOf(caseNumber, SupervisionSession.Kind.STUDY, start, end),
				(int) (rules.studyHours() * days / monthDays),
				sessions.hoursOf(caseNumber, SupervisionSession.Kind.ACTIVITY, start, end),
				ableToWork ? (int) (rules.activityHours() * days / monthDays) : 0,
				overstays.dueBetween(caseNumber, start, end), sanctions(caseNumber, start, end));
	}

	/** The grade in force on {@code day}: the last one decided by the end of that day. */
	private Grade gradeOn(String caseNumber, LocalDate day) {
		Instant endOfDay = day.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
		List<GradeChange> history = grades.historyOf(caseNumber);
		return history.stream().filter(change -> change.getDecidedAt().isBefore(endOfDay))
			.reduce((first, second) -> second)
			.or(() -> history.stream().findFirst())
			.map(GradeChange::getGrade)
			.orElseGet(() -> caseFiles.get(caseNumber).getGrade());
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
