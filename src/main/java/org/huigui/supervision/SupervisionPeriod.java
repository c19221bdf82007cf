package org.huigui.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.Period;
import org.huigui.casefile.Grade;

/** One period of one kind of work (本期报到、汇报、谈话、查访): done, done late, missed, or still open. */
@Entity
class SupervisionPeriod {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String caseNumber;

	@Enumerated(EnumType.STRING)
	private WorkKind kind;

	private LocalDate periodStart;

	private LocalDate periodEnd;

	@Enumerated(EnumType.STRING)
	private Grade grade;

	private String every;

	private LocalDate doneOn;

	private String channel;

	private String place;

	private String summary;

	private boolean missed;

	private String recordedBy;

	protected SupervisionPeriod() {
	}

	SupervisionPeriod(String caseNumber, WorkKind kind, LocalDate periodStart, Rhythm rhythm) {
		this.caseNumber = caseNumber;
		this.kind = kind;
		this.periodStart = periodStart;
		this.periodEnd = rhythm.endOfPeriod(kind, periodStart);
		this.grade = rhythm.grade();
		this.every = rhythm.every(kind).toString();
	}

	void done(LocalDate on, String channel, String place, String summary, String by) {
		this.doneOn = on;
		this.channel = channel;
		this.place = place;
		this.summary = summary;
		this.recordedBy = by;
	}

	void missed() {
		this.missed = true;
	}

	boolean isOpen() {
		return doneOn == null;
	}

	boolean isOverdue(LocalDate today) {
		return doneOn == null && periodEnd.isBefore(today);
	}

	String label() {
		return periodStart + " 至 " + periodEnd;
	}

	/** 每周一次, as the grade asked when the period began. */
	String rhythm() {
		return Rhythm.describe(Period.parse(every));
	}

	String status(LocalDate today) {
		if (doneOn != null) {
			return missed ? "逾期完成" : "按期完成";
		}
		return periodEnd.isBefore(today) ? "逾期未完成" : "待完成";
	}

	Long getId() {
		return id;
	}

	String getCaseNumber() {
		return caseNumber;
	}

	WorkKind getKind() {
		return kind;
	}

	LocalDate getPeriodStart() {
		return periodStart;
	}

	LocalDate getPeriodEnd() {
		return periodEnd;
	}

	Grade getGrade() {
		return grade;
	}

	LocalDate getDoneOn() {
		return doneOn;
	}

	String getChannel() {
		return channel;
	}

	String getPlace() {
		return place;
	}

	String getSummary() {
		return summary;
	}

	boolean isMissed() {
		return missed;
	}

	String getRecordedBy() {
		return recordedBy;
	}

}
