package org.huigui.leave;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A request to leave the county (外出请假), from application to report-back (销假). */
@Entity
class LeaveRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String caseNumber;

	private LocalDate leaveFrom;

	private LocalDate leaveTo;

	private int days;

	private String destination;

	private String reason;

	@Enumerated(EnumType.STRING)
	private LeaveStatus status;

	private boolean lateApplication;

	private String passNumber;

	private String decidedBy;

	private String decisionNote;

	private LocalDate returnedOn;

	private String processInstanceId;

	private Instant requestedAt;

	@Version
	private long version;

	protected LeaveRequest() {
	}

	LeaveRequest(String caseNumber, LocalDate leaveFrom, LocalDate leaveTo, String destination, String reason,
			String processInstanceId, Instant requestedAt) {
		this.caseNumber = caseNumber;
		this.leaveFrom = leaveFrom;
		this.leaveTo = leaveTo;
		this.days = (int) ChronoUnit.DAYS.between(leaveFrom, leaveTo) + 1;
		this.destination = destination;
		this.reason = reason;
		this.status = LeaveStatus.REQUESTED;
		this.processInstanceId = processInstanceId;
		this.requestedAt = requestedAt;
	}

	void flagLate(boolean late) {
		this.lateApplication = late;
	}

	void refuse(String reason) {
		this.status = LeaveStatus.REFUSED;
		this.decidedBy = "system";
		this.decisionNote = reason;
	}

	void approve(String passNumber, String by, String note) {
		this.status = LeaveStatus.APPROVED;
		this.passNumber = passNumber;
		this.decidedBy = by;
		this.decisionNote = note;
	}

	void reject(String by, String note) {
		this.status = LeaveStatus.REJECTED;
		this.decidedBy = by;
		this.decisionNote = note;
	}

	void cancel(String by, String note) {
		this.status = LeaveStatus.CANCELLED;
		this.decidedBy = by;
		this.decisionNote = note;
	}

	void returned(LocalDate on) {
		this.status = LeaveStatus.RETURNED;
		this.returnedOn = on;
	}

	String getCaseNumber() {
		return caseNumber;
	}

	LocalDate getLeaveFrom() {
		return leaveFrom;
	}

	LocalDate getLeaveTo() {
		return leaveTo;
	}

	int getDays() {
		return days;
	}

	String getDestination() {
		return destination;
	}

	LeaveStatus getStatus() {
		return status;
	}

	boolean isLateApplication() {
		return lateApplication;
	}

	String getPassNumber() {
		return passNumber;
	}

	String getDecisionNote() {
		return decisionNote;
	}

	LocalDate getReturnedOn() {
		return returnedOn;
	}

}
