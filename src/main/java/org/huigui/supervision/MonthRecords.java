package org.huigui.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.Grade;
import org.huigui.casefile.GradeChange;
import org.huigui.casefile.Grades;
import org.huigui.leave.LeaveOverstays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened in a supervised case between two days, gathered from the records for the month's assessment: its
 * periods, check-ins, sessions, leave overstays and sanctions, and the grade in force.
 */
@Component
@Transactional(readOnly = true)
class MonthRecords {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final SupervisionPeriodRepository periods;

	private final Periods work;

	private final CheckInRepository checkIns;

	private final CheckInMissRepository misses;

	private final SupervisionSessionRepository sessions;

	private final CaseFiles caseFiles;

	private final Grades grades;

	private final LeaveOverstays overstays;

	private final ObjectProvider<SanctionRecord> sanctionRecord;

	MonthRecords(SupervisionPeriodRepository periods, Periods work, CheckInRepository checkIns,
			CheckInMissRepository misses, SupervisionSessionRepository sessions, CaseFiles caseFiles, Grades grades,
			LeaveOverstays overstays, ObjectProvider<SanctionRecord> sanctionRecord) {
		this.periods = periods;
		this.work = work;
		this.checkIns = checkIns;
		this.misses = misses;
		this.sessions = sessions;
		this.caseFiles = caseFiles;
		this.grades = grades;
		this.overstays = overstays;
		this.sanctionRecord = sanctionRecord;
	}

	/** The days from {@code start} to {@code end}, with the minimum hours of {@code rules} in proportion to them. */
	MonthRecord of(String caseNumber, LocalDate start, LocalDate end, Rhythm rules, boolean ableToWork) {
		Instant from = start.atStartOfDay(SHANGHAI).toInstant();
		Instant to = end.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
		long days = ChronoUnit.DAYS.between(start, end) + 1;
		int monthDays = end.lengthOfMonth();
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

	/** Rewards and sanctions served between the two days, as the feature that decides them says; none without it. */
	SanctionRecord.Counts sanctions(String caseNumber, LocalDate from, LocalDate to) {
		return Optional.ofNullable(sanctionRecord.getIfAvailable())
			.map(record -> record.between(caseNumber, from, to))
			.orElse(SanctionRecord.Counts.NONE);
	}

	/** The grade in force on {@code day}: the last one decided by the end of that day. */
	Grade gradeOn(String caseNumber, LocalDate day) {
		Instant endOfDay = day.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
		List<GradeChange> history = grades.historyOf(caseNumber);
		return history.stream().filter(change -> change.getDecidedAt().isBefore(endOfDay))
			.reduce((first, second) -> second)
			.or(() -> history.stream().findFirst())
			.map(GradeChange::getGrade)
			.orElseGet(() -> caseFiles.get(caseNumber).getGrade());
	}

}
