package org.huigui.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.CaseSection;
import org.huigui.casefile.Grade;
import org.huigui.system.Fields;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case page's {@code supervision} part: the grade's rhythm, this period's work and what is overdue, the month's
 * hours, monthly scores and ratings, and the latest check-ins. The page shows periods as its table; the JSON has
 * everything.
 */
@Component
@Order(20)
class SupervisionSection implements CaseSection {

	private static final int RECENT = 20;

	private final SupervisionRepository supervisions;

	private final SupervisionPeriodRepository periods;

	private final SupervisionMonthRepository months;

	private final CheckInRepository checkIns;

	private final CheckInMissRepository misses;

	private final SupervisionSessionRepository sessions;

	private final SupervisionRhythm rhythm;

	private final CaseFiles caseFiles;

	SupervisionSection(SupervisionRepository supervisions, SupervisionPeriodRepository periods,
			SupervisionMonthRepository months, CheckInRepository checkIns, CheckInMissRepository misses,
			SupervisionSessionRepository sessions, SupervisionRhythm rhythm, CaseFiles caseFiles) {
		this.supervisions = supervisions;
		this.periods = periods;
		this.months = months;
		this.checkIns = checkIns;
		this.misses = misses;
		this.sessions = sessions;
		this.rhythm = rhythm;
		this.caseFiles = caseFiles;
	}

	record View(LocalDate startedOn, LocalDate endedOn, String grade, String gradeLabel, Map<String, String> rhythm,
			int studyHoursMinimum, int activityHoursMinimum, String riskLevel, boolean ableToWork,
			List<PeriodView> currentPeriods, List<PeriodView> overdue, List<PeriodView> periods, MonthHours thisMonth,
			List<MonthView> months, String lastCheckIn, List<CheckInController.CheckInView> checkIns,
			List<MissView> checkInMisses, List<SessionView> sessions) {
	}

	record PeriodView(String kind, String kindLabel, LocalDate periodStart, LocalDate periodEnd, String grade,
			LocalDate doneOn, boolean missed, String status, String place, String summary, String recordedBy) {
	}

	record MonthHours(LocalDate from, BigDecimal studyHours, BigDecimal activityHours) {
	}

	record MonthView(LocalDate monthStart, LocalDate monthEnd, String grade, int proposedScore, Integer score,
			String rating, String ratingLabel, String status, String record, String adjustReason) {
	}

	record MissView(String noticedAt, String lastCheckInAt, String outcome, String note) {
	}

	record SessionView(String reference, LocalDate heldOn, String kind, BigDecimal hours) {
	}

	@Override
	public String name() {
		return "supervision";
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Object> of(String caseNumber) {
		return supervisions.findById(caseNumber).map(supervision -> {
			LocalDate today = Fields.today();
			Grade grade = caseFiles.get(caseNumber).getGrade();
			Rhythm rules = rhythm.of(grade);
			Map<String, String> every = new LinkedHashMap<>();
			Arrays.stream(WorkKind.values()).forEach(kind -> every.put(kind.name(), rules.describe(kind)));
			List<PeriodView> current = Arrays.stream(WorkKind.values())
				.flatMap(kind -> periods.findFirstByCaseNumberAndKindOrderByPeriodEndDesc(caseNumber, kind).stream())
				.map(period -> view(period, today))
				.toList();
			LocalDate monthStart = today.withDayOfMonth(1);
			return new View(supervision.getStartedOn(), supervision.getEndedOn(), grade.name(), grade.label(), every,
					rules.studyHours(), supervision.isAbleToWork() ? rules.activityHours() : 0, supervision.getRiskLevel(),
					supervision.isAbleToWork(), current,
					periods.findOverdue(caseNumber, today).stream().map(period -> view(period, today)).toList(),
					periods.findByCaseNumberOrderByPeriodEndDescKindAsc(caseNumber, Limit.of(RECENT * 2)).stream()
						.map(period -> view(period, today)).toList(),
					new MonthHours(monthStart, sessions.hoursOf(caseNumber, SupervisionSession.Kind.STUDY, monthStart, today),
							sessions.hoursOf(caseNumber, SupervisionSession.Kind.ACTIVITY, monthStart, today)),
					months.findByCaseNumberOrderByMonthStartDesc(caseNumber).stream().map(SupervisionSection::view).toList(),
					checkIns.findFirstByCaseNumberAndResultOrderByCheckedAtDesc(caseNumber, CheckIn.Result.NORMAL)
						.map(checkIn -> CheckIns.label(checkIn.getCheckedAt())).orElse(null),
					checkIns.findByCaseNumberOrderByCheckedAtDesc(caseNumber, Limit.of(RECENT)).stream()
						.map(CheckInController.CheckInView::of).toList(),
					misses.findByCaseNumberOrderByNoticedAtDesc(caseNumber).stream()
						.map(miss -> new MissView(CheckIns.label(miss.getNoticedAt()),
								miss.getLastCheckInAt() == null ? null : CheckIns.label(miss.getLastCheckInAt()),
								miss.getOutcome(), miss.getNote()))
						.toList(),
					sessions.attendedBy(caseNumber, Limit.of(RECENT)).stream()
						.map(session -> new SessionView(session.getReference(), session.getHeldOn(), session.getKind().label(),
								session.getHours()))
						.toList());
		});
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Page> page(String caseNumber) {
		return of(caseNumber).map(View.class::cast).map(view -> {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("列管日期", String.valueOf(view.startedOn()));
			fields.put("管理等级", view.gradeLabel());
			fields.put("要求", "到所报到%s，书面汇报%s，个别教育%s，实地查访%s；每月学习教育不少于 %d 小时，公益活动不少于 %d 小时".formatted(
					view.rhythm().get("REPORT"), view.rhythm().get("WRITTEN_REPORT"), view.rhythm().get("TALK"),
					view.rhythm().get("HOME_VISIT"), view.studyHoursMinimum(), view.activityHoursMinimum()));
			view.currentPeriods().forEach(period -> fields.put("本期" + period.kindLabel(),
					period.periodStart() + " 至 " + period.periodEnd() + "：" + period.status()));
			fields.put("逾期未完成", view.overdue().isEmpty() ? "无" : view.overdue().size() + " 项");
			fields.put("本月时数", "学习教育 %s 小时，公益活动 %s 小时".formatted(plain(view.thisMonth().studyHours()),
					plain(view.thisMonth().activityHours())));
			fields.put("最近有效核查", view.lastCheckIn() == null ? "无" : view.lastCheckIn());
			fields.put("核查中断", view.checkInMisses().size() + " 次，其中脱管 "
					+ view.checkInMisses().stream().filter(miss -> CheckInMiss.OUT_OF_CONTACT.equals(miss.outcome())).count() + " 次");
			fields.put("月度考核", view.months().isEmpty() ? "尚无" : view.months().stream().limit(6)
				.map(month -> month.monthEnd().getYear() + "年" + month.monthEnd().getMonthValue() + "月 "
						+ (month.score() == null ? "考核中" : month.score() + " 分 " + month.ratingLabel()))
				.reduce((a, b) -> a + "；" + b).orElse(""));
			List<List<String>> rows = view.periods().stream()
				.map(period -> CaseSection.Page.row(period.kindLabel(), period.periodStart() + " 至 " + period.periodEnd(),
						period.doneOn() == null ? "" : period.doneOn().toString(), period.status(), period.place(),
						period.summary(), period.recordedBy()))
				.toList();
			return new Page("在矫监督管理", fields, List.of("事项", "期间", "完成日期", "状态", "地点", "情况", "登记人"), rows);
		});
	}

	private static PeriodView view(SupervisionPeriod period, LocalDate today) {
		return new PeriodView(period.getKind().name(), period.getKind().label(), period.getPeriodStart(),
				period.getPeriodEnd(), period.getGrade().name(), period.getDoneOn(), period.isMissed(), period.status(today),
				period.getPlace(), period.getSummary(), period.getRecordedBy());
	}

	private static MonthView view(SupervisionMonth month) {
		return new MonthView(month.getMonthStart(), month.getMonthEnd(), month.getGrade().name(), month.getProposedScore(),
				month.getScore(), month.getRating() == null ? null : month.getRating().name(),
				month.getRating() == null ? null : month.getRating().label(), month.getStatus().name(), month.getRecord(),
				month.getAdjustReason());
	}

	private static String plain(BigDecimal hours) {
		return hours.stripTrailingZeros().toPlainString();
	}

}
