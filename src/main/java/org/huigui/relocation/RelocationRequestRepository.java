package org.huigui.relocation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.huigui.consistency.InstanceRecords;
import org.springframework.data.jpa.repository.JpaRepository;

interface RelocationRequestRepository extends JpaRepository<RelocationRequest, Long> {

	List<InstanceRecords.Stored> findByStatusIn(Collection<RelocationStatus> statuses);

	List<InstanceRecords.Stored> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

	Optional<RelocationRequest> findByProcessInstanceId(String processInstanceId);

	boolean existsByCaseNumberAndStatusIn(String caseNumber, Collection<RelocationStatus> statuses);

}
