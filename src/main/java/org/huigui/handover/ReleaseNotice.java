package org.huigui.handover;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.StringJoiner;
import org.huigui.aftercare.AssistanceCategory;
import org.huigui.casefile.Gender;
import org.huigui.casefile.NewPerson;

/**
 * A prison's release notice and its handover (刑满释放衔接): verification, category and assistance
 * recommendation, collection or reporting, first-month relief, until the assistance case opens.
 */
@Entity
class ReleaseNotice {

	@Id
	private String reference;

	private String prisonerNumber;

	private String personName;

	private String idNumber;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	private LocalDate releaseDate;

	private String prisonName;

	private String offence;

	@Enumerated(EnumType.STRING)
	private OffenceType offenceType;

	private int sentenceMonths;

	@Enumerated(EnumType.STRING)
	private PrisonAssessment prisonAssessment;

	private String officeCode;

	@Enumerated(EnumType.STRING)
	private HandoverStatus status;

	private LocalDate receivedOn;

	private String linkedCaseNumber;

	private String residence;

	@Enumerated(EnumType.STRING)
	private FamilySupport familySupport;

	private Boolean needsRelief;

	private String verifiedBy;

	@Enumerated(EnumType.STRING)
	private AssistanceCategory recommendedCategory;

	@Enumerated(EnumType.STRING)
	private AssistanceCategory category;

	private String categoryNote;

	private String recommendation;

	private String classifiedBy;

	private LocalDate returnedOn;

	private String returnedHow;

	private Boolean agreementSigned;

	private String returnedRecordedBy;

	private boolean overdue;

	private BigDecimal reliefAmount;

	private LocalDate reliefPaidOn;

	private String reliefReference;

	private String caseNumber;

	private String processInstanceId;

	private Instant receivedAt;

	@Version
	private long version;

	protected ReleaseNotice() {
	}

	ReleaseNotice(String reference, ReleaseNoticeApplication notice, String linkedCaseNumber, LocalDate receivedOn,
			Instant receivedAt, String processInstanceId) {
		this.reference = reference;
		this.prisonerNumber = notice.prisonerNumber();
		this.personName = notice.person().name();
		this.idNumber = notice.person().idNumber();
		this.gender = notice.person().gender();
		this.releaseDate = notice.releaseDate();
		this.prisonName = notice.prisonName();
		this.offence = notice.offence();
		this.offenceType = notice.offenceType();
		this.sentenceMonths = notice.sentenceMonths();
		this.prisonAssessment = notice.prisonAssessment();
		this.officeCode = notice.officeCode();
		this.status = HandoverStatus.VERIFYING;
		this.linkedCaseNumber = linkedCaseNumber;
		this.receivedOn = receivedOn;
		this.receivedAt = receivedAt;
		this.processInstanceId = processInstanceId;
	}

	void verified(String residence, FamilySupport familySupport, boolean needsRelief, String by) {
		this.residence = residence;
		this.familySupport = familySupport;
		this.needsRelief = needsRelief;
		this.verifiedBy = by;
	}

	void classified(AssistanceCategory recommended, AssistanceCategory category, String note, String recommendation,
			String by) {
		this.recommendedCategory = recommended;
		this.category = category;
		this.categoryNote = note;
		this.recommendation = recommendation;
		this.classifiedBy = by;
		this.status = HandoverStatus.AWAITING_RETURN;
	}

	void returned(LocalDate on, String how, String by) {
		this.returnedOn = on;
		this.returnedHow = how;
		this.agreementSigned = true;
		this.returnedRecordedBy = by;
	}

	void overdue() {
		this.overdue = true;
	}

	void reliefPaid(BigDecimal amount, LocalDate on, String paymentReference) {
		this.reliefAmount = amount;
		this.reliefPaidOn = on;
		this.reliefReference = paymentReference;
	}

	void cancelled() {
		this.status = HandoverStatus.CANCELLED;
	}

	void completed(String caseNumber) {
		this.caseNumber = caseNumber;
		this.status = HandoverStatus.COMPLETED;
	}

	NewPerson person() {
		return new NewPerson(personName, gender, idNumber);
	}

	/** What happened from the notice to the handover, for the case's timeline. */
	String history() {
		StringJoiner joiner = new StringJoiner("；");
		joiner.add("衔接编号 %s，%s（罪犯编号 %s）%s 释放，%s（%s），原判刑期 %d 个月，%s".formatted(reference, prisonName,
				prisonerNumber, releaseDate, offence, offenceType.label(), sentenceMonths, prisonAssessment.label()));
		joiner.add("%s 收到通知，核查：%s，%s（%s）".formatted(receivedOn, residence, familySupport.label(), verifiedBy));
		String override = category == recommendedCategory ? "" : "，系统建议%s，调整理由：%s".formatted(recommendedCategory.label(), categoryNote);
		joiner.add("帮教类别：%s%s（%s）；帮教建议：%s".formatted(category.label(), override, classifiedBy, recommendation));
		joiner.add("%s %s，已签订帮教协议（%s）%s".formatted(returnedOn, returnedHow, returnedRecordedBy, overdue ? "，曾逾期转所长查找" : ""));
		if (reliefPaidOn != null) {
			joiner.add("首月救助金 %s 元，%s 发放（凭证 %s）".formatted(reliefAmount.stripTrailingZeros().toPlainString(), reliefPaidOn, reliefReference));
		}
		return joiner.toString();
	}

	LocalDate getReceivedOn() {
		return receivedOn;
	}

	String getReference() {
		return reference;
	}

	String getOfficeCode() {
		return officeCode;
	}

	String getPersonName() {
		return personName;
	}

	LocalDate getReleaseDate() {
		return releaseDate;
	}

	String getPrisonName() {
		return prisonName;
	}

	HandoverStatus getStatus() {
		return status;
	}

	String getLinkedCaseNumber() {
		return linkedCaseNumber;
	}

	AssistanceCategory getCategory() {
		return category;
	}

	AssistanceCategory getRecommendedCategory() {
		return recommendedCategory;
	}

	LocalDate getReturnedOn() {
		return returnedOn;
	}

	boolean isOverdue() {
		return overdue;
	}

	BigDecimal getReliefAmount() {
		return reliefAmount;
	}

	String getCaseNumber() {
		return caseNumber;
	}

}
