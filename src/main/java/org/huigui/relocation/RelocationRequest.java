package org.huigui.relocation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A request to move the place of execution (迁居 / 变更执行地) to another office. */
@Entity
class RelocationRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String caseNumber;

	private String fromOfficeCode;

	private String targetOfficeCode;

	private String newAddress;

	private LocalDate plannedMoveOn;

	private String reason;

	private boolean lateApplication;

	@Enumerated(EnumType.STRING)
	private RelocationStatus status;

	private Boolean addressVerified;

	private String verificationNote;

	private String decidedBy;

	private String decisionNote;

	private LocalDate decidedOn;

	private LocalDate arrivedOn;

	private String processInstanceId;

	private Instant requestedAt;

	@Version
	private long version;

	protected RelocationRequest() {
	}

	RelocationRequest(String caseNumber, String fromOfficeCode, String targetOfficeCode, String newAddress,
			LocalDate plannedMoveOn, String reason, boolean lateApplication, String processInstanceId, Instant requestedAt) {
		this.caseNumber = caseNumber;
		this.fromOfficeCode = fromOfficeCode;
		this.targetOfficeCode = targetOfficeCode;
		this.newAddress = newAddress;
		this.plannedMoveOn = plannedMoveOn;
		this.reason = reason;
		this.lateApplication = lateApplication;
		this.status = RelocationStatus.REQUESTED;
		this.processInstanceId = processInstanceId;
		this.requestedAt = requestedAt;
	}

	void verified(boolean verified, String note) {
		this.addressVerified = verified;
		this.verificationNote = note;
	}

	void approve(String by, String note, LocalDate on) {
		this.status = RelocationStatus.APPROVED;
		this.decidedBy = by;
		this.decisionNote = note;
		this.decidedOn = on;
	}

	void reject(String by, String note, LocalDate on) {
		this.status = RelocationStatus.REJECTED;
		this.decidedBy = by;
		this.decisionNote = note;
		this.decidedOn = on;
	}

	void cancel(String by, String note, LocalDate on) {
		this.status = RelocationStatus.CANCELLED;
		this.decidedBy = by;
		this.decisionNote = note;
		this.decidedOn = on;
	}

	void arrived(LocalDate on) {
		this.status = RelocationStatus.ARRIVED;
		this.arrivedOn = on;
	}

	String getCaseNumber() {
		return caseNumber;
	}

	String getFromOfficeCode() {
		return fromOfficeCode;
	}

	String getTargetOfficeCode() {
		return targetOfficeCode;
	}

	String getNewAddress() {
		return newAddress;
	}

	RelocationStatus getStatus() {
		return status;
	}

	boolean isLateApplication() {
		return lateApplication;
	}

	LocalDate getDecidedOn() {
		return decidedOn;
	}

	String getDecisionNote() {
		return decisionNote;
	}

}
