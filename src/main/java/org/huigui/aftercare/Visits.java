package org.huigui.aftercare;

import java.time.LocalDate;
import org.huigui.casefile.Timeline;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits (走访) and quarterly reviews (季度考察) of an assistance case. Visit periods follow each other
 * without gaps, each as long as the case's category asks when it starts; a period that passed wholly
 * without a visit is recorded as missed.
 */
@Service
@Transactional
class Visits {

	private final AssistanceCases assistanceCases;

	private final AssistanceVisitRepository visits;

	private final AssistanceReviewRepository reviews;

	private final Timeline timeline;

	Visits(AssistanceCases assistanceCases, AssistanceVisitRepository visits, AssistanceReviewRepository reviews,
			Timeline timeline) {
		this.assistanceCases = assistanceCases;
		this.visits = visits;
		this.reviews = reviews;
		this.timeline = timeline;
	}

	/** The period the next visit is for: the one still open, or the next one that has not passed. */
	VisitPeriod scheduleVisit(String caseNumber, int months) {
		Assistance assistance = assistanceCases.get(caseNumber);
		LocalDate today = Fields.today();
		VisitPeriod period;
		if (assistance.getVisitPeriodEnd() == null) {
			period = VisitPeriod.starting(assistance.getBasisDate(), months);
		}
		else {
			period = new VisitPeriod(assistance.getVisitPeriodStart(), assistance.getVisitPeriodEnd());
			if (visited(caseNumber, period)) {
				period = period.next(months);
			}
		}
		while (period.end().isBefore(today)) {
			missed(caseNumber, period);
			period = period.next(months);
		}
		assistance.visitPeriod(period.start(), period.end());
		return period;
	}

	/** 逾期未走访: the period ended without a visit; the visit may still be made. */
	void markMissed(String caseNumber) {
		Assistance assistance = assistanceCases.get(caseNumber);
		missed(caseNumber, new VisitPeriod(assistance.getVisitPeriodStart(), assistance.getVisitPeriodEnd()));
	}

	private void missed(String caseNumber, VisitPeriod period) {
		AssistanceVisit visit = visits.findByCaseNumberAndPeriodEnd(caseNumber, period.end())
			.orElseGet(() -> new AssistanceVisit(caseNumber, period.start(), period.end(), Timeline.SYSTEM));
		if (!visit.isMissed()) {
			visit.missed();
			visits.save(visit);
			timeline.record(caseNumber, "VISIT_MISSED", "走访期 " + period.label() + " 未按期走访", null);
		}
	}

	void recordVisit(String caseNumber, LocalDate on, String place, String findings, Employment employment,
			Housing housing, boolean socialAssistance) {
		Assistance assistance = assistanceCases.get(caseNumber);
		VisitPeriod period = new VisitPeriod(assistance.getVisitPeriodStart(), assistance.getVisitPeriodEnd());
		if (on.isBefore(period.start())) {
			throw new InputRejected("visitedOn", "走访日期不能早于本走访期开始日（" + period.start() + "）");
		}
		AssistanceVisit visit = visits.findByCaseNumberAndPeriodEnd(caseNumber, period.end())
			.orElseGet(() -> new AssistanceVisit(caseNumber, period.start(), period.end(), timeline.currentUser()));
		visit.visited(on, place, findings, employment, housing, timeline.currentUser());
		visits.save(visit);
		assistance.seen(employment, housing, socialAssistance);
	}

	/** The quarter the next written review is for: the first full month of assistance, then each quarter. */
	LocalDate scheduleReview(String caseNumber) {
		Assistance assistance = assistanceCases.get(caseNumber);
		LocalDate next = reviews.findFirstByCaseNumberOrderByQuarterEndDesc(caseNumber)
			.map(last -> Quarters.endOf(last.getQuarterEnd().plusDays(1)))
			.orElseGet(() -> Quarters.endOf(assistance.getBasisDate().plusMonths(1)));
		LocalDate current = Quarters.endOf(Fields.today());
		return next.isBefore(current) ? current : next;
	}

	/** Records the review; a change of category needs its reason and applies from the next visit period. */
	AssistanceCategory recordReview(String caseNumber, LocalDate quarterEnd, LocalDate reviewedOn, String review,
			AssistanceCategory categoryAfter, String changeReason) {
		Assistance assistance = assistanceCases.get(caseNumber);
		AssistanceCategory before = assistance.getCategory();
		if (categoryAfter != before && changeReason == null) {
			throw new InputRejected("categoryChangeReason", "调整帮教类别须写明理由");
		}
		reviews.save(new AssistanceReview(caseNumber, quarterEnd, reviewedOn, review, before, categoryAfter,
				timeline.currentUser()));
		return assistanceCases.recategorise(caseNumber, categoryAfter, changeReason);
	}

	private boolean visited(String caseNumber, VisitPeriod period) {
		return visits.findByCaseNumberAndPeriodEnd(caseNumber, period.end())
			.map(visit -> visit.getVisitedOn() != null)
			.orElse(false);
	}

}
