package org.huigui.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.huigui.casefile.CaseStatus;
import org.huigui.casefile.CaseType;
import org.huigui.consistency.InstanceRecords;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupervisionRepository extends JpaRepository<Supervision, String> {

	/** Supervised correction cases that have no supervision yet: those put under supervision before it existed. */
	@Query("select c.caseNumber from CaseFile c where c.caseType = :type and c.status = :status"
			+ " and not exists (select s from Supervision s where s.caseNumber = c.caseNumber) order by c.caseNumber")
	List<String> findCasesWithout(CaseType type, CaseStatus status);

	@Query("select s.caseNumber as caseNumber, c.status as status, s.processInstanceId as processInstanceId"
			+ " from Supervision s join CaseFile c on c.caseNumber = s.caseNumber where s.endedOn is null and c.status = :status")
	List<InstanceRecords.Stored> findRunning(CaseStatus status);

	@Query("select s.caseNumber as caseNumber, c.status as status, s.processInstanceId as processInstanceId,"
			+ " c.officeCode as officeCode, o.countyCode as countyCode, p.name as personName from Supervision s"
			+ " join CaseFile c on c.caseNumber = s.caseNumber join c.person p left join Office o on o.code = c.officeCode"
			+ " where s.caseNumber in :caseNumbers")
	List<SupervisionRecords.Supervised> findSupervised(Collection<String> caseNumbers);

}

interface SupervisionPeriodRepository extends JpaRepository<SupervisionPeriod, Long> {

	Optional<SupervisionPeriod> findFirstByCaseNumberAndKindOrderByPeriodEndDesc(String caseNumber, WorkKind kind);

	List<SupervisionPeriod> findByCaseNumberOrderByPeriodEndDescKindAsc(String caseNumber, Limit limit);

	@Query("select count(p) from SupervisionPeriod p where p.caseNumber = :caseNumber and p.kind = :kind"
			+ " and p.periodEnd between :from and :to and (p.missed = true or p.doneOn is null or p.doneOn > p.periodEnd)")
	int countNotDoneInTime(String caseNumber, WorkKind kind, LocalDate from, LocalDate to);

	@Query("select count(p) from SupervisionPeriod p where p.caseNumber = :caseNumber and p.kind = :kind"
			+ " and p.doneOn between :from and :to")
	int countDone(String caseNumber, WorkKind kind, LocalDate from, LocalDate to);

	@Query("select p from SupervisionPeriod p where p.caseNumber = :caseNumber and p.doneOn is null and p.periodEnd < :today"
			+ " order by p.periodEnd")
	List<SupervisionPeriod> findOverdue(String caseNumber, LocalDate today);

}

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

	Optional<CheckIn> findFirstByCaseNumberAndResultOrderByCheckedAtDesc(String caseNumber, CheckIn.Result result);

	List<CheckIn> findByCaseNumberOrderByCheckedAtDesc(String caseNumber, Limit limit);

	@Query("select count(c) from CheckIn c where c.caseNumber = :caseNumber and c.result = :result"
			+ " and c.checkedAt >= :from and c.checkedAt < :to")
	int countBetween(String caseNumber, CheckIn.Result result, Instant from, Instant to);

}

interface CheckInMissRepository extends JpaRepository<CheckInMiss, Long> {

	Optional<CheckInMiss> findFirstByCaseNumberOrderByNoticedAtDesc(String caseNumber);

	List<CheckInMiss> findByCaseNumberOrderByNoticedAtDesc(String caseNumber);

	@Query("select count(m) from CheckInMiss m where m.caseNumber = :caseNumber and m.noticedAt >= :from and m.noticedAt < :to")
	int countNoticed(String caseNumber, Instant from, Instant to);

	@Query("select count(m) from CheckInMiss m where m.caseNumber = :caseNumber and m.outcome = 'OUT_OF_CONTACT'"
			+ " and m.noticedAt >= :from and m.noticedAt < :to")
	int countOutOfContact(String caseNumber, Instant from, Instant to);

}

interface SupervisionMonthRepository extends JpaRepository<SupervisionMonth, Long> {

	Optional<SupervisionMonth> findFirstByCaseNumberOrderByMonthStartDesc(String caseNumber);

	List<SupervisionMonth> findByCaseNumberOrderByMonthStartDesc(String caseNumber);

	List<SupervisionMonth> findByCaseNumberAndStatusOrderByMonthStartDesc(String caseNumber, SupervisionMonth.Status status,
			Limit limit);

}

interface SupervisionSessionRepository extends JpaRepository<SupervisionSession, String> {

	@Query("select coalesce(sum(s.hours), 0) from SessionAttendance a join SupervisionSession s on s.reference = a.reference"
			+ " where a.caseNumber = :caseNumber and s.kind = :kind and s.heldOn between :from and :to")
	BigDecimal hoursOf(String caseNumber, SupervisionSession.Kind kind, LocalDate from, LocalDate to);

	@Query("select s from SessionAttendance a join SupervisionSession s on s.reference = a.reference"
			+ " where a.caseNumber = :caseNumber order by s.heldOn desc")
	List<SupervisionSession> attendedBy(String caseNumber, Limit limit);

}

interface SessionAttendanceRepository extends JpaRepository<SessionAttendance, Long> {
}
