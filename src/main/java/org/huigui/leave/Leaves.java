package org.huigui.leave;

import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.CaseNumbers;
import org.huigui.casefile.Timeline;
import org.huigui.system.InputRejected;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Leave requests in the case store, each change also on the case's timeline. */
@Service
@Transactional
class Leaves {

	static final String PASS_PREFIX = "WCZM";

	private final LeaveRequestRepository requests;

	private final CaseFiles caseFiles;

	private final CaseNumbers numbers;

	private final Timeline timeline;

	Leaves(LeaveRequestRepository requests, CaseFiles caseFiles, CaseNumbers numbers, Timeline timeline) {
		this.requests = requests;
		this.caseFiles = caseFiles;
		this.numbers = numbers;
		this.timeline = timeline;
	}

	LeaveRequest apply(String caseNumber, LocalDate from, LocalDate to, String destination, String reason,
			String processInstanceId) {
		LeaveRequest request = requests.save(new LeaveRequest(caseNumber, from, to, destination, reason,
				processInstanceId, ClockUtil.getCurrentTime().toInstant()));
		timeline.record(caseNumber, "LEAVE_REQUESTED", "外出请假申请",
				"%s 至 %s，共 %d 日，前往 %s，事由：%s".formatted(from, to, request.getDays(), destination, reason));
		return request;
	}

	@Transactional(readOnly = true)
	int approvedDaysInYear(String caseNumber, int year) {
		return requests.approvedDaysBetween(caseNumber, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	void flagLate(String processInstanceId, boolean late) {
		of(processInstanceId).flagLate(late);
	}

	void refuse(String processInstanceId, String reason) {
		LeaveRequest request = of(processInstanceId);
		request.refuse(reason);
		timeline.record(request.getCaseNumber(), "LEAVE_REFUSED", "外出请假不予批准", reason);
	}

	String approve(String processInstanceId, String note) {
		LeaveRequest request = of(processInstanceId);
		String pass = numbers.next(PASS_PREFIX, request.getLeaveFrom().getYear());
		request.approve(pass, timeline.currentUser(), note);
		timeline.record(request.getCaseNumber(), "LEAVE_APPROVED", "外出请假已批准，外出证明 " + pass,
				"%s 至 %s，前往 %s".formatted(request.getLeaveFrom(), request.getLeaveTo(), request.getDestination()));
		return pass;
	}

	void reject(String processInstanceId, String note) {
		LeaveRequest request = of(processInstanceId);
		request.reject(timeline.currentUser(), note);
		timeline.record(request.getCaseNumber(), "LEAVE_REJECTED", "外出请假未获批准", note);
	}

	void returned(String processInstanceId, LocalDate on) {
		LeaveRequest request = of(processInstanceId);
		if (on.isBefore(request.getLeaveFrom())) {
			throw new InputRejected("returnedOn", "销假日期不能早于外出开始日（" + request.getLeaveFrom() + "）");
		}
		request.returned(on);
		String late = on.isAfter(request.getLeaveTo()) ? "，逾期 " + (on.toEpochDay() - request.getLeaveTo().toEpochDay()) + " 日" : "";
		timeline.record(request.getCaseNumber(), "LEAVE_RETURNED", "销假：" + on + " 返回" + late, null);
	}

	/** 撤销: an open request closes; one already decided or reported back stays as it was. */
	void cancel(String processInstanceId, String by, String why) {
		requests.findByProcessInstanceId(processInstanceId)
			.filter(request -> request.getStatus().isOpen())
			.ifPresent(request -> request.cancel(by, why));
	}

	@Transactional(readOnly = true)
	LeaveRequest of(String processInstanceId) {
		return requests.findByProcessInstanceId(processInstanceId)
			.orElseThrow(() -> new IllegalStateException("no leave request for process " + processInstanceId));
	}

}
