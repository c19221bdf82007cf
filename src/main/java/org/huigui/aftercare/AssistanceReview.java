package org.huigui.aftercare;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A quarterly written review (季度考察), with the category before and after it. */
@Entity
class AssistanceReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String caseNumber;

	private LocalDate quarterEnd;

	private LocalDate reviewedOn;

	private String review;

	@Enumerated(EnumType.STRING)
	private AssistanceCategory categoryBefore;

	@Enumerated(EnumType.STRING)
	private AssistanceCategory categoryAfter;

	private String recordedBy;

	protected AssistanceReview() {
	}

	AssistanceReview(String caseNumber, LocalDate quarterEnd, LocalDate reviewedOn, String review,
			AssistanceCategory categoryBefore, AssistanceCategory categoryAfter, String recordedBy) {
		this.caseNumber = caseNumber;
		this.quarterEnd = quarterEnd;
		this.reviewedOn = reviewedOn;
		this.review = review;
		this.categoryBefore = categoryBefore;
		this.categoryAfter = categoryAfter;
		this.recordedBy = recordedBy;
	}

	LocalDate getQuarterEnd() {
		return quarterEnd;
	}

	LocalDate getReviewedOn() {
		return reviewedOn;
	}

	String getReview() {
		return review;
	}

	AssistanceCategory getCategoryAfter() {
		return categoryAfter;
	}

}
