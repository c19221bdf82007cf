package org.huigui.aftercare;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.Period;

/**
 * The assistance part of a resettlement-assistance case (安置帮教): the period, the category that sets
 * the visit rhythm, the visit period under way, and the subject's resettlement (安置) as last seen.
 */
@Entity
class Assistance {

	@Id
	private String caseNumber;

	@Enumerated(EnumType.STRING)
	private AssistanceBasis basis;

	private LocalDate basisDate;

	private LocalDate endsOn;

	@Enumerated(EnumType.STRING)
	private AssistanceCategory category;

	private String handoverReference;

	private boolean agreementSigned;

	private LocalDate visitPeriodStart;

	private LocalDate visitPeriodEnd;

	@Enumerated(EnumType.STRING)
	private Employment employment;

	@Enumerated(EnumType.STRING)
	private Housing housing;

	private boolean socialAssistance;

	private String endReason;

	@Version
	private long version;

	protected Assistance() {
	}

	Assistance(String caseNumber, AssistanceRequest request, Period length) {
		this.caseNumber = caseNumber;
		this.basis = request.basis();
		this.basisDate = request.basisDate();
		this.endsOn = request.basisDate().plus(length);
		this.category = request.category();
		this.handoverReference = request.sourceReference();
		this.agreementSigned = request.agreementSignedOn() != null;
	}

	void visitPeriod(LocalDate start, LocalDate end) {
		this.visitPeriodStart = start;
		this.visitPeriodEnd = end;
	}

	void seen(Employment employment, Housing housing, boolean socialAssistance) {
		this.employment = employment;
		this.housing = housing;
		this.socialAssistance = socialAssistance;
	}

	void categorised(AssistanceCategory category) {
		this.category = category;
	}

	void extendedBy(Period extension) {
		this.endsOn = endsOn.plus(extension);
	}

	void ended(String reason) {
		this.endReason = reason;
	}

	/** 已安置: working, or unable to work and covered by social assistance. */
	boolean resettled() {
		return employment != null && (employment.working() || (employment == Employment.UNABLE_TO_WORK && socialAssistance));
	}

	String getCaseNumber() {
		return caseNumber;
	}

	AssistanceBasis getBasis() {
		return basis;
	}

	LocalDate getBasisDate() {
		return basisDate;
	}

	LocalDate getEndsOn() {
		return endsOn;
	}

	AssistanceCategory getCategory() {
		return category;
	}

	String getHandoverReference() {
		return handoverReference;
	}

	boolean isAgreementSigned() {
		return agreementSigned;
	}

	LocalDate getVisitPeriodStart() {
		return visitPeriodStart;
	}

	LocalDate getVisitPeriodEnd() {
		return visitPeriodEnd;
	}

	Employment getEmployment() {
		return employment;
	}

	Housing getHousing() {
		return housing;
	}

	boolean isSocialAssistance() {
		return socialAssistance;
	}

	String getEndReason() {
		return endReason;
	}

}
