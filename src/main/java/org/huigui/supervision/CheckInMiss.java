package org.huigui.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** Days without a check-in (核查中断), noticed by the system, and what staff found when they followed it up. */
@Entity
class CheckInMiss {

	static final String CONTACTED = "CONTACTED";

	static final String OUT_OF_CONTACT = "OUT_OF_CONTACT";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String caseNumber;

	private Instant noticedAt;

	private Instant lastCheckInAt;

	private String outcome;

	private String note;

	private String handledBy;

	private Instant handledAt;

	protected CheckInMiss() {
	}

	CheckInMiss(String caseNumber, Instant noticedAt, Instant lastCheckInAt) {
		this.caseNumber = caseNumber;
		this.noticedAt = noticedAt;
		this.lastCheckInAt = lastCheckInAt;
	}

	void followedUp(String outcome, String note, String by, Instant at) {
		this.outcome = outcome;
		this.note = note;
		this.handledBy = by;
		this.handledAt = at;
	}

	boolean outOfContact() {
		return OUT_OF_CONTACT.equals(outcome);
	}

	Instant getNoticedAt() {
		return noticedAt;
	}

	Instant getLastCheckInAt() {
		return lastCheckInAt;
	}

	String getOutcome() {
		return outcome;
	}

	String getNote() {
		return note;
	}

}
