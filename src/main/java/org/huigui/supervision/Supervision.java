package org.huigui.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One supervised case's supervision: since when, its instance, and what the office last assessed of the subject. */
@Entity
class Supervision {

	@Id
	private String caseNumber;

	private LocalDate startedOn;

	private String processInstanceId;

	private Instant checkInsWatchedFrom;

	private String riskLevel;

	private boolean ableToWork = true;

	private LocalDate endedOn;

	@Version
	private long version;

	protected Supervision() {
	}

	Supervision(String caseNumber, LocalDate startedOn, Instant now) {
		this.caseNumber = caseNumber;
		this.startedOn = startedOn;
		this.checkInsWatchedFrom = now;
	}

	void runBy(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	/** A missing check-in was followed up: the next miss counts from now. */
	void watchCheckInsFrom(Instant now) {
		this.checkInsWatchedFrom = now;
	}

	void assessed(String riskLevel, boolean ableToWork) {
		this.riskLevel = riskLevel;
		this.ableToWork = ableToWork;
	}

	void ended(LocalDate on) {
		this.endedOn = on;
	}

	String getCaseNumber() {
		return caseNumber;
	}

	LocalDate getStartedOn() {
		return startedOn;
	}

	String getProcessInstanceId() {
		return processInstanceId;
	}

	Instant getCheckInsWatchedFrom() {
		return checkInsWatchedFrom;
	}

	String getRiskLevel() {
		return riskLevel;
	}

	boolean isAbleToWork() {
		return ableToWork;
	}

	LocalDate getEndedOn() {
		return endedOn;
	}

}
