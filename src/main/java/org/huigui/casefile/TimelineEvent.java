package org.huigui.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One line of a case's timeline: what happened, when, and by which user. */
@Entity
public class TimelineEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String caseNumber;

	private Instant occurredAt;

	private String kind;

	private String summary;

	private String detail;

	private String userId;

	private String processInstanceId;

	private String activityId;

	protected TimelineEvent() {
	}

	TimelineEvent(String caseNumber, Instant occurredAt, String kind, String summary, String detail, String userId,
			String processInstanceId, String activityId) {
		this.caseNumber = caseNumber;
		this.occurredAt = occurredAt;
		this.kind = kind;
		this.summary = summary;
		this.detail = detail;
		this.userId = userId;
		this.processInstanceId = processInstanceId;
		this.activityId = activityId;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getKind() {
		return kind;
	}

	public String getSummary() {
		return summary;
	}

	public String getDetail() {
		return detail;
	}

	public String getUserId() {
		return userId;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public String getActivityId() {
		return activityId;
	}

}
