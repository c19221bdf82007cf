package org.huigui.handover;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.huigui.consistency.InstanceRecords;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReleaseNoticeRepository extends JpaRepository<ReleaseNotice, String> {

	@Query("select n.reference as caseNumber, n.status as status, n.processInstanceId as processInstanceId"
			+ " from ReleaseNotice n where n.status not in (org.huigui.handover.HandoverStatus.COMPLETED, org.huigui.handover.HandoverStatus.CANCELLED)")
	List<InstanceRecords.Stored> findHandoversUnderWay();

	@Query("select n.reference as caseNumber, n.status as status, n.processInstanceId as processInstanceId,"
			+ " n.officeCode as officeCode, o.countyCode as countyCode, n.releaseDate as releaseDate"
			+ " from ReleaseNotice n left join Office o on o.code = n.officeCode where n.reference in :references")
	List<HandoverRecords.Handover> findHandovers(Collection<String> references);

	Optional<ReleaseNotice> findByIdNumberAndReleaseDate(String idNumber, LocalDate releaseDate);

	Optional<ReleaseNotice> findFirstByIdNumberAndStatusNotIn(String idNumber, Collection<HandoverStatus> statuses);

	List<ReleaseNotice> findByOfficeCodeInAndReleaseDateBetween(Collection<String> offices, LocalDate from, LocalDate to);

}
