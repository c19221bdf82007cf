package org.huigui.aftercare;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssistanceRepository extends JpaRepository<Assistance, String> {

}

interface AssistanceVisitRepository extends JpaRepository<AssistanceVisit, Long> {

	Optional<AssistanceVisit> findByCaseNumberAndPeriodEnd(String caseNumber, LocalDate periodEnd);

	List<AssistanceVisit> findByCaseNumberOrderByPeriodEnd(String caseNumber);

	@Query("select v from AssistanceVisit v where v.caseNumber in :cases and v.periodEnd between :from and :to")
	List<AssistanceVisit> endingBetween(Collection<String> cases, LocalDate from, LocalDate to);

}

interface AssistanceReviewRepository extends JpaRepository<AssistanceReview, Long> {

	List<AssistanceReview> findByCaseNumberOrderByQuarterEnd(String caseNumber);

	Optional<AssistanceReview> findFirstByCaseNumberOrderByQuarterEndDesc(String caseNumber);

}
