package org.huigui.aftercare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.huigui.casefile.CaseSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The case page's {@code assistance} part: period, category, resettlement, visits and reviews. */
@Component
class AssistanceSection implements CaseSection {

	private final AssistanceRepository assistances;

	private final AssistanceVisitRepository visits;

	private final AssistanceReviewRepository reviews;

	AssistanceSection(AssistanceRepository assistances, AssistanceVisitRepository visits,
			AssistanceReviewRepository reviews) {
		this.assistances = assistances;
		this.visits = visits;
		this.reviews = reviews;
	}

	record View(String basis, LocalDate basisDate, LocalDate endsOn, String category, String categoryLabel,
			String handoverReference, boolean agreementSigned, LocalDate visitPeriodStart, LocalDate visitPeriodEnd,
			String employment, String housing, boolean socialAssistance, boolean resettled, String endReason,
			List<VisitView> visits, List<ReviewView> reviews) {
	}

	record VisitView(LocalDate periodStart, LocalDate periodEnd, LocalDate visitedOn, String place, String findings,
			boolean missed, String recordedBy) {
	}

	record ReviewView(LocalDate quarterEnd, LocalDate reviewedOn, String review, String categoryAfter) {
	}

	@Override
	public String name() {
		return "assistance";
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Object> of(String caseNumber) {
		return assistances.findById(caseNumber).map(a -> new View(a.getBasis().name(), a.getBasisDate(), a.getEndsOn(),
				a.getCategory().name(), a.getCategory().label(), a.getHandoverReference(), a.isAgreementSigned(),
				a.getVisitPeriodStart(), a.getVisitPeriodEnd(), a.getEmployment() == null ? null : a.getEmployment().label(),
				a.getHousing() == null ? null : a.getHousing().label(), a.isSocialAssistance(), a.resettled(), a.getEndReason(),
				visits.findByCaseNumberOrderByPeriodEnd(caseNumber).stream()
					.map(v -> new VisitView(v.getPeriodStart(), v.getPeriodEnd(), v.getVisitedOn(), v.getPlace(), v.getFindings(),
							v.isMissed(), v.getRecordedBy()))
					.toList(),
				reviews.findByCaseNumberOrderByQuarterEnd(caseNumber).stream()
					.map(r -> new ReviewView(r.getQuarterEnd(), r.getReviewedOn(), r.getReview(), r.getCategoryAfter().name()))
					.toList()));
	}

}
