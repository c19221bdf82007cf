package org.huigui.handover;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 衔接率: of the notices whose release day has come, how many were handed over into assistance. */
@Service
@Transactional(readOnly = true)
public class HandoverStatistics {

	private final ReleaseNoticeRepository notices;

	HandoverStatistics(ReleaseNoticeRepository notices) {
		this.notices = notices;
	}

	/** {@code overdue}: not collected on the release day, or not reported within 15 days (漏管 risk). */
	public record HandoverFigures(int noticesDue, int handedOver, int overdue) {
	}

	public HandoverFigures figures(Collection<String> offices, LocalDate from, LocalDate asOf) {
		List<ReleaseNotice> due = offices.isEmpty() ? List.of()
				: notices.findByOfficeCodeInAndReleaseDateBetween(offices, from, asOf).stream()
					.filter(n -> n.getStatus() != HandoverStatus.CANCELLED)
					.toList();
		return new HandoverFigures(due.size(),
				(int) due.stream().filter(n -> n.getStatus() == HandoverStatus.COMPLETED).count(),
				(int) due.stream().filter(ReleaseNotice::isOverdue).count());
	}

}
