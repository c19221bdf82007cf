package org.huigui.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** What the intake (入矫) steps recorded about a case: the report, the file, the plan and the announcement. */
@Entity
class IntakeRecord {

	@Id
	private String caseNumber;

	private LocalDate reportedOn;

	private String fileNumber;

	private LocalDate fileBuiltOn;

	private String planSummary;

	private LocalDate announcedOn;

	@Version
	private long version;

	protected IntakeRecord() {
	}

	IntakeRecord(String caseNumber) {
		this.caseNumber = caseNumber;
	}

	void reported(LocalDate reportedOn) {
		this.reportedOn = reportedOn;
	}

	void fileBuilt(String fileNumber, LocalDate builtOn) {
		this.fileNumber = fileNumber;
		this.fileBuiltOn = builtOn;
	}

	void planned(String planSummary) {
		this.planSummary = planSummary;
	}

	void announced(LocalDate announcedOn) {
		this.announcedOn = announcedOn;
	}

	String getCaseNumber() {
		return caseNumber;
	}

	LocalDate getReportedOn() {
		return reportedOn;
	}

	String getFileNumber() {
		return fileNumber;
	}

	LocalDate getFileBuiltOn() {
		return fileBuiltOn;
	}

	String getPlanSummary() {
		return planSummary;
	}

	LocalDate getAnnouncedOn() {
		return announcedOn;
	}

}
