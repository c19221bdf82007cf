package org.huigui.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One information check-in (信息化核查): the phone's location, a photo check-in, or one staff made. */
@Entity
class CheckIn {

	/** How the subject was checked. */
	enum Kind {

		LOCATION("手机定位"), PHOTO("人脸识别打卡"), STAFF("工作人员核查");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}

	}

	/** Whether the check found the subject where they may be. */
	enum Result {

		NORMAL("正常"), ABNORMAL("异常（越界、人证不符等）");

		private final String label;

		Result(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String caseNumber;

	private Instant checkedAt;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String place;

	@Enumerated(EnumType.STRING)
	private Result result;

	private String recordedBy;

	private Instant receivedAt;

	protected CheckIn() {
	}

	CheckIn(String caseNumber, Instant checkedAt, Kind kind, String place, Result result, String recordedBy,
			Instant receivedAt) {
		this.caseNumber = caseNumber;
		this.checkedAt = checkedAt;
		this.kind = kind;
		this.place = place;
		this.result = result;
		this.recordedBy = recordedBy;
		this.receivedAt = receivedAt;
	}

	Long getId() {
		return id;
	}

	String getCaseNumber() {
		return caseNumber;
	}

	Instant getCheckedAt() {
		return checkedAt;
	}

	Kind getKind() {
		return kind;
	}

	String getPlace() {
		return place;
	}

	Result getResult() {
		return result;
	}

	String getRecordedBy() {
		return recordedBy;
	}

}
