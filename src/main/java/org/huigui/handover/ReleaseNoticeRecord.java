package org.huigui.handover;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.huigui.casefile.OfficeOfRecord;
import org.springframework.stereotype.Component;

/**
 * The release notice a handover is keyed by, as the diagram reads it: its office (through
 * {@code caseRecord}), and the days its deadlines count from,
 * {@code ${deadlines.calendarDays(releaseNotice.releaseDate(execution), 15)}}.
 */
@Component("releaseNotice")
public class ReleaseNoticeRecord implements OfficeOfRecord {

	private final ReleaseNoticeRepository notices;

	ReleaseNoticeRecord(ReleaseNoticeRepository notices) {
		this.notices = notices;
	}

	public LocalDate releaseDate(DelegateExecution execution) {
		return of(execution).getReleaseDate();
	}

	public LocalDate receivedOn(DelegateExecution execution) {
		return of(execution).getReceivedOn();
	}

	@Override
	public Optional<String> officeOf(String businessKey) {
		return notices.findById(businessKey).map(ReleaseNotice::getOfficeCode);
	}

	private ReleaseNotice of(DelegateExecution execution) {
		return notices.findById(String.valueOf(execution.getProcessBusinessKey()))
			.orElseThrow(() -> new IllegalStateException("没有编号为 " + execution.getProcessBusinessKey() + " 的释放通知"));
	}

}
