package org.huigui.leave;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.huigui.consistency.InstanceRecords;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LeaveRequestRepository extends JpaRepository<LeaveRequest, Long> {

	List<InstanceRecords.Stored> findByStatusIn(Collection<LeaveStatus> statuses);

	@Query("select l.caseNumber as caseNumber, l.status as status, l.processInstanceId as processInstanceId,"
			+ " l.leaveTo as leaveTo, c.officeCode as officeCode, o.countyCode as countyCode, p.name as personName"
			+ " from LeaveRequest l left join CaseFile c on c.caseNumber = l.caseNumber left join c.person p"
			+ " left join Office o on o.code = c.officeCode where l.processInstanceId in :processInstanceIds")
	List<LeaveRecords.LeaveOfCase> findWithCase(Collection<String> processInstanceIds);

	Optional<LeaveRequest> findByProcessInstanceId(String processInstanceId);

	List<LeaveRequest> findByCaseNumberAndStatusIn(String caseNumber, Collection<LeaveStatus> statuses);

	@Query("select coalesce(sum(l.days), 0) from LeaveRequest l where l.caseNumber = :caseNumber"
			+ " and l.status in (org.huigui.leave.LeaveStatus.APPROVED, org.huigui.leave.LeaveStatus.RETURNED)"
			+ " and l.leaveFrom between :yearStart and :yearEnd")
	int approvedDaysBetween(String caseNumber, LocalDate yearStart, LocalDate yearEnd);

}
