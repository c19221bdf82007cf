package org.huigui.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.huigui.casefile.CaseFile;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.CaseNumbers;
import org.huigui.casefile.CaseStatus;
import org.huigui.casefile.OfficeOfRecord;
import org.huigui.casefile.Timeline;
import org.huigui.identity.Offices;
import org.huigui.system.InputRejected;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Study sessions and public-interest activities (学习教育、公益活动): an office records one session with the
 * subjects who attended; each attendee's month counts its hours. Sessions are keyed by their reference
 * {@code JYHD-2026-000001}, and belong to the office that held them.
 */
@Service
@Transactional
class Sessions implements OfficeOfRecord {

	static final String PREFIX = "JYHD";

	private final SupervisionSessionRepository sessions;

	private final SessionAttendanceRepository attendance;

	private final CaseFiles caseFiles;

	private final CaseNumbers numbers;

	private final Offices offices;

	private final Timeline timeline;

	Sessions(SupervisionSessionRepository sessions, SessionAttendanceRepository attendance, CaseFiles caseFiles,
			CaseNumbers numbers, Offices offices, Timeline timeline) {
		this.sessions = sessions;
		this.attendance = attendance;
		this.caseFiles = caseFiles;
		this.numbers = numbers;
		this.offices = offices;
		this.timeline = timeline;
	}

	/** A session held by the office the recording user works at; they choose the attendees next. */
	SupervisionSession hold(String user, SupervisionSession.Kind kind, LocalDate heldOn, BigDecimal hours, String place,
			String content) {
		Set<String> visible = user == null ? Set.of() : offices.visibleTo(user);
		if (visible.size() != 1) {
			throw new InputRejected("office", "只有司法所工作人员可以登记本所组织的学习教育和公益活动");
		}
		String office = visible.iterator().next();
		if (subjectsOf(office).isEmpty()) {
			throw new InputRejected("office", "本所目前没有在矫对象，无需登记");
		}
		return sessions.save(new SupervisionSession(numbers.next(PREFIX, heldOn.getYear()), office, kind, heldOn, hours,
				place, content, user));
	}

	/** The office's subjects under supervision, the attendees the form offers. */
	@Transactional(readOnly = true)
	List<CaseFile> subjectsOf(String officeCode) {
		return caseFiles.ofOffices(List.of(officeCode), CaseStatus.UNDER_SUPERVISION);
	}

	/** Records who attended; each must be a subject under supervision at the session's office. */
	void attended(String reference, Collection<String> caseNumbers) {
		SupervisionSession session = get(reference);
		if (session.isRecorded()) {
			throw new InputRejected("attendees", "活动 " + reference + " 的参加人员已登记");
		}
		Set<String> chosen = new LinkedHashSet<>(caseNumbers);
		if (chosen.isEmpty()) {
			throw new InputRejected("attendees", "请至少选择一名参加人员");
		}
		Set<String> subjects = new LinkedHashSet<>(subjectsOf(session.getOfficeCode()).stream()
			.map(CaseFile::getCaseNumber).toList());
		for (String caseNumber : chosen) {
			if (!subjects.contains(caseNumber)) {
				throw new InputRejected("attendees", caseNumber + " 不是本所在矫对象");
			}
		}
		for (String caseNumber : chosen) {
			attendance.save(new SessionAttendance(reference, caseNumber));
			timeline.record(caseNumber, "SESSION_ATTENDED", "参加" + session.getKind().label() + " "
					+ session.getHours().stripTrailingZeros().toPlainString() + " 小时", session.label() + "（" + reference + "）");
		}
		session.attendanceRecorded();
	}

	@Transactional(readOnly = true)
	SupervisionSession get(String reference) {
		return sessions.findById(reference).orElseThrow(() -> new IllegalStateException("no session " + reference));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> officeOf(String businessKey) {
		return businessKey.startsWith(PREFIX + "-") ? sessions.findById(businessKey).map(SupervisionSession::getOfficeCode)
				: Optional.empty();
	}

}
