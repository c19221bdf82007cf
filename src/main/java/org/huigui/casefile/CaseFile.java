package org.huigui.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** A case file (卷宗): one person's case at one office; its number is the process business key. */
@Entity
@NamedInterface("api")
public class CaseFile {

	@Id
	private String caseNumber;

	@Enumerated(EnumType.STRING)
	private CaseType caseType;

	@ManyToOne(optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	private String officeCode;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	@Enumerated(EnumType.STRING)
	private CorrectionType correctionType;

	private String decisionOrgan;

	private LocalDate judgmentEffectiveOn;

	private LocalDate termStart;

	private LocalDate termEnd;

	@Enumerated(EnumType.STRING)
	private Grade grade;

	private LocalDate gradeReviewOn;

	private String processInstanceId;

	private Instant openedAt;

	private LocalDate closedOn;

	private String closedReason;

	@Version
	private long version;

	protected CaseFile() {
	}

	CaseFile(String caseNumber, Person person, String officeCode, CorrectionSentence sentence, Instant openedAt) {
		this.caseNumber = caseNumber;
		this.caseType = CaseType.COMMUNITY_CORRECTION;
		this.person = person;
		this.officeCode = officeCode;
		this.status = CaseStatus.INTAKE;
		this.correctionType = sentence.correctionType();
		this.decisionOrgan = sentence.decisionOrgan();
		this.judgmentEffectiveOn = sentence.judgmentEffectiveOn();
		this.termStart = sentence.termStart();
		this.termEnd = sentence.termEnd();
		this.openedAt = openedAt;
	}

	/** A resettlement-assistance case (安置帮教), in assistance from the day it opens. */
	static CaseFile assistance(String caseNumber, Person person, String officeCode, Instant openedAt) {
		CaseFile caseFile = new CaseFile();
		caseFile.caseNumber = caseNumber;
		caseFile.caseType = CaseType.RESETTLEMENT_ASSISTANCE;
		caseFile.person = person;
		caseFile.officeCode = officeCode;
		caseFile.status = CaseStatus.UNDER_ASSISTANCE;
		caseFile.openedAt = openedAt;
		return caseFile;
	}

	void closed(LocalDate on, String reason) {
		this.status = CaseStatus.CLOSED;
		this.closedOn = on;
		this.closedReason = reason;
	}

	void startedBy(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void movedTo(String officeCode) {
		this.officeCode = officeCode;
	}

	void putUnderSupervision() {
		this.status = CaseStatus.UNDER_SUPERVISION;
	}

	void graded(Grade grade, LocalDate reviewOn) {
		this.grade = grade;
		this.gradeReviewOn = reviewOn;
	}

	public String getCaseNumber() {
		return caseNumber;
	}

	public CaseType getCaseType() {
		return caseType;
	}

	public Person getPerson() {
		return person;
	}

	public String getOfficeCode() {
		return officeCode;
	}

	public CaseStatus getStatus() {
		return status;
	}

	public CorrectionType getCorrectionType() {
		return correctionType;
	}

	public String getDecisionOrgan() {
		return decisionOrgan;
	}

	public LocalDate getJudgmentEffectiveOn() {
		return judgmentEffectiveOn;
	}

	public LocalDate getTermStart() {
		return termStart;
	}

	public LocalDate getTermEnd() {
		return termEnd;
	}

	public Grade getGrade() {
		return grade;
	}

	public LocalDate getGradeReviewOn() {
		return gradeReviewOn;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public LocalDate getClosedOn() {
		return closedOn;
	}

	public String getClosedReason() {
		return closedReason;
	}

}
