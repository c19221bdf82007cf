package org.huigui.relocation;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RelocationRequestRepository extends JpaRepository<RelocationRequest, Long> {

	Optional<RelocationRequest> findByProcessInstanceId(String processInstanceId);

	boolean existsByCaseNumberAndStatusIn(String caseNumber, Collection<RelocationStatus> statuses);

}
