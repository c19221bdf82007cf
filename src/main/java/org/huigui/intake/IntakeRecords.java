package org.huigui.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.huigui.casefile.CaseFile;
import org.huigui.casefile.CaseStatus;
import org.huigui.casefile.CaseType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Intake's own record of a case, one per correction case, opened with the case and filled step by step. */
@Service
@Transactional
class IntakeRecords {

	private final IntakeRecordRepository records;

	IntakeRecords(IntakeRecordRepository records) {
		this.records = records;
	}

	void open(CaseFile caseFile) {
		records.save(new IntakeRecord(caseFile.getCaseNumber()));
	}

	void update(String caseNumber, Consumer<IntakeRecord> change) {
		change.accept(of(caseNumber));
	}

	@Transactional(readOnly = true)
	IntakeRecord of(String caseNumber) {
		return records.findById(caseNumber)
			.orElseThrow(() -> new IllegalStateException("案件 " + caseNumber + " 没有入矫记录"));
	}

	@Transactional(readOnly = true)
	Optional<IntakeRecord> find(String caseNumber) {
		return records.findById(caseNumber);
	}

}

interface IntakeRecordRepository extends JpaRepository<IntakeRecord, String> {

	/** What the store holds of a case's intake steps. */
	interface Steps {

		String getCaseNumber();

		String getProcessInstanceId();

		LocalDate getReportedOn();

		String getFileNumber();

		LocalDate getFileBuiltOn();

		LocalDate getAnnouncedOn();

	}

	@Query("select c.caseNumber as caseNumber, c.processInstanceId as processInstanceId, i.reportedOn as reportedOn,"
			+ " i.fileNumber as fileNumber, i.fileBuiltOn as fileBuiltOn, i.announcedOn as announcedOn"
			+ " from CaseFile c left join IntakeRecord i on i.caseNumber = c.caseNumber"
			+ " where c.caseType = :type and c.status = :status and (i.reportedOn is null or i.fileNumber is null"
			+ " or i.fileBuiltOn is null or i.announcedOn is null) order by c.caseNumber")
	List<Steps> findWithoutIntakeSteps(CaseType type, CaseStatus status);

	@Query("select count(c) from CaseFile c where c.caseType = :type and c.status = :status")
	long countCases(CaseType type, CaseStatus status);

}
