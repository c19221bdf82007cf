package org.huigui.relocation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.huigui.consistency.InstanceRecords;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RelocationRequestRepository extends JpaRepository<RelocationRequest, Long> {

	List<InstanceRecords.Stored> findByStatusIn(Collection<RelocationStatus> statuses);

	@Query("select r.caseNumber as caseNumber, r.status as status, r.processInstanceId as processInstanceId,"
			+ " r.fromOfficeCode as fromOfficeCode, o.countyCode as fromCountyCode, r.targetOfficeCode as targetOfficeCode,"
			+ " p.name as personName from RelocationRequest r left join CaseFile c on c.caseNumber = r.caseNumber"
			+ " left join c.person p left join Office o on o.code = r.fromOfficeCode"
			+ " where r.processInstanceId in :processInstanceIds")
	List<RelocationRecords.RelocationOfCase> findWithCase(Collection<String> processInstanceIds);

	Optional<RelocationRequest> findByProcessInstanceId(String processInstanceId);

	boolean existsByCaseNumberAndStatusIn(String caseNumber, Collection<RelocationStatus> statuses);

}
