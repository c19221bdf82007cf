package org.huigui.aftercare;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** One visit period (走访) of a case: visited, visited late, or missed. */
@Entity
class AssistanceVisit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String caseNumber;

	private LocalDate periodStart;

	private LocalDate periodEnd;

	private LocalDate visitedOn;

	private String place;

	private String findings;

	@Enumerated(EnumType.STRING)
	private Employment employment;

	@Enumerated(EnumType.STRING)
	private Housing housing;

	private boolean missed;

	private String recordedBy;

	protected AssistanceVisit() {
	}

	AssistanceVisit(String caseNumber, LocalDate periodStart, LocalDate periodEnd, String recordedBy) {
		this.caseNumber = caseNumber;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.recordedBy = recordedBy;
	}

	void missed() {
		this.missed = true;
	}

	void visited(LocalDate on, String place, String findings, Employment employment, Housing housing, String by) {
		this.visitedOn = on;
		this.place = place;
		this.findings = findings;
		this.employment = employment;
		this.housing = housing;
		this.recordedBy = by;
	}

	String getCaseNumber() {
		return caseNumber;
	}

	LocalDate getPeriodStart() {
		return periodStart;
	}

	LocalDate getPeriodEnd() {
		return periodEnd;
	}

	LocalDate getVisitedOn() {
		return visitedOn;
	}

	String getPlace() {
		return place;
	}

	String getFindings() {
		return findings;
	}

	boolean isMissed() {
		return missed;
	}

	String getRecordedBy() {
		return recordedBy;
	}

}
