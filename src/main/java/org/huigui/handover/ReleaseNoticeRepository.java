package org.huigui.handover;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReleaseNoticeRepository extends JpaRepository<ReleaseNotice, String> {

	Optional<ReleaseNotice> findByIdNumberAndReleaseDate(String idNumber, LocalDate releaseDate);

	Optional<ReleaseNotice> findFirstByIdNumberAndStatusNot(String idNumber, HandoverStatus status);

	List<ReleaseNotice> findByOfficeCodeInAndReleaseDateBetween(Collection<String> offices, LocalDate from, LocalDate to);

}
