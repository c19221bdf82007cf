package org.huigui.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** One decision on a case's grade (管理等级): which grade, until when it is reviewed, why and by whom. */
@Entity
@NamedInterface("api")
public class GradeChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String caseNumber;

	@Enumerated(EnumType.STRING)
	private Grade grade;

	private LocalDate reviewOn;

	private String reason;

	private String decidedBy;

	private Instant decidedAt;

	protected GradeChange() {
	}

	GradeChange(String caseNumber, Grade grade, LocalDate reviewOn, String reason, String decidedBy, Instant decidedAt) {
		this.caseNumber = caseNumber;
		this.grade = grade;
		this.reviewOn = reviewOn;
		this.reason = reason;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	public Grade getGrade() {
		return grade;
	}

	public LocalDate getReviewOn() {
		return reviewOn;
	}

	public String getReason() {
		return reason;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

}
