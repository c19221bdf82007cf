package org.huigui.aftercare;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.huigui.casefile.CaseStatus;
import org.huigui.casefile.CaseType;
import org.huigui.consistency.InstanceRecords;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssistanceRepository extends JpaRepository<Assistance, String> {

	@Query("select c.caseNumber as caseNumber, c.status as status, c.processInstanceId as processInstanceId"
			+ " from CaseFile c where c.caseType = :type and c.status = :status")
	List<InstanceRecords.Stored> findCases(CaseType type, CaseStatus status);

	@Query("select c.caseNumber as caseNumber, c.status as status, c.processInstanceId as processInstanceId,"
			+ " c.officeCode as officeCode, o.countyCode as countyCode, p.name as personName, a.category as category,"
			+ " a.endsOn as endsOn from CaseFile c join c.person p left join Office o on o.code = c.officeCode"
			+ " left join Assistance a on a.caseNumber = c.caseNumber where c.caseType = :type and c.caseNumber in :caseNumbers")
	List<AftercareRecords.CaseInAssistance> findCasesInAssistance(CaseType type, Collection<String> caseNumbers);

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
