package org.huigui.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import org.huigui.casefile.Grade;

/**
 * One month's assessment (月度考核) of a supervised case: the record the system gathered with its points,
 * the score staff confirmed or adjusted, and the head's approval.
 */
@Entity
class SupervisionMonth {

	enum Status {
		GATHERED, ASSESSED, RETURNED, APPROVED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String caseNumber;

	private LocalDate monthStart;

	private LocalDate monthEnd;

	@Enumerated(EnumType.STRING)
	private Grade grade;

	private String record;

	private int proposedScore;

	@Enumerated(EnumType.STRING)
	private Rating proposedRating;

	private int outOfContact;

	private Integer score;

	@Enumerated(EnumType.STRING)
	private Rating rating;

	private String adjustReason;

	private String assessedBy;

	private String headNote;

	private String approvedBy;

	@Enumerated(EnumType.STRING)
	private Status status;

	protected SupervisionMonth() {
	}

	SupervisionMonth(String caseNumber, LocalDate monthStart, LocalDate monthEnd, Grade grade, String record,
			int proposedScore, Rating proposedRating, int outOfContact) {
		this.caseNumber = caseNumber;
		this.monthStart = monthStart;
		this.monthEnd = monthEnd;
		this.grade = grade;
		this.record = record;
		this.proposedScore = proposedScore;
		this.proposedRating = proposedRating;
		this.outOfContact = outOfContact;
		this.status = Status.GATHERED;
	}

	void assessed(int score, Rating rating, String adjustReason, String by) {
		this.score = score;
		this.rating = rating;
		this.adjustReason = adjustReason;
		this.assessedBy = by;
		this.status = Status.ASSESSED;
	}

	void returned(String note) {
		this.headNote = note;
		this.status = Status.RETURNED;
	}

	void approved(String by) {
		this.approvedBy = by;
		this.status = Status.APPROVED;
	}

	/** 2026年3月 */
	String label() {
		return monthEnd.getYear() + "年" + monthEnd.getMonthValue() + "月";
	}

	String getCaseNumber() {
		return caseNumber;
	}

	LocalDate getMonthStart() {
		return monthStart;
	}

	LocalDate getMonthEnd() {
		return monthEnd;
	}

	Grade getGrade() {
		return grade;
	}

	String getRecord() {
		return record;
	}

	int getProposedScore() {
		return proposedScore;
	}

	Rating getProposedRating() {
		return proposedRating;
	}

	int getOutOfContact() {
		return outOfContact;
	}

	Integer getScore() {
		return score;
	}

	Rating getRating() {
		return rating;
	}

	String getAdjustReason() {
		return adjustReason;
	}

	String getHeadNote() {
		return headNote;
	}

	String getApprovedBy() {
		return approvedBy;
	}

	Status getStatus() {
		return status;
	}

}
