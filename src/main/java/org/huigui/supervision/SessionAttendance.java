package org.huigui.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One subject at one session: the session's hours count in that subject's month. */
@Entity
class SessionAttendance {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String reference;

	private String caseNumber;

	protected SessionAttendance() {
	}

	SessionAttendance(String reference, String caseNumber) {
		this.reference = reference;
		this.caseNumber = caseNumber;
	}

}
