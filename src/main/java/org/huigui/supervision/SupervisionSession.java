package org.huigui.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A study session (学习教育) or public-interest activity (公益活动) an office held for several subjects at once. */
@Entity
class SupervisionSession {

	enum Kind {

		STUDY("学习教育"), ACTIVITY("公益活动");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}

	}

	@Id
	private String reference;

	private String officeCode;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private LocalDate heldOn;

	private BigDecimal hours;

	private String place;

	private String content;

	private String recordedBy;

	private boolean recorded;

	protected SupervisionSession() {
	}

	SupervisionSession(String reference, String officeCode, Kind kind, LocalDate heldOn, BigDecimal hours, String place,
			String content, String recordedBy) {
		this.reference = reference;
		this.officeCode = officeCode;
		this.kind = kind;
		this.heldOn = heldOn;
		this.hours = hours;
		this.place = place;
		this.content = content;
		this.recordedBy = recordedBy;
	}

	void attendanceRecorded() {
		this.recorded = true;
	}

	String label() {
		return "%s %s %s 小时，%s".formatted(heldOn, kind.label(), hours.stripTrailingZeros().toPlainString(), place);
	}

	String getReference() {
		return reference;
	}

	String getOfficeCode() {
		return officeCode;
	}

	Kind getKind() {
		return kind;
	}

	LocalDate getHeldOn() {
		return heldOn;
	}

	BigDecimal getHours() {
		return hours;
	}

	boolean isRecorded() {
		return recorded;
	}

}
