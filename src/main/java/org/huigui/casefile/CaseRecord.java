package org.huigui.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.huigui.identity.Groups;
import org.huigui.identity.Offices;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a diagram routes work by, read from the record of the case its instance is keyed by, never from a
 * variable: {@code camunda:candidateGroups="${caseRecord.officeStaff(execution)}"} gives a task to the staff of
 * the office the case belongs to now, {@code officeHead} to its head, {@code countyBureau} to its county's bureau.
 */
@Component("caseRecord")
public class CaseRecord {

	private final CaseFiles caseFiles;

	private final Offices offices;

	private final ObjectProvider<OfficeOfRecord> otherRecords;

	CaseRecord(CaseFiles caseFiles, Offices offices, ObjectProvider<OfficeOfRecord> otherRecords) {
		this.caseFiles = caseFiles;
		this.offices = offices;
		this.otherRecords = otherRecords;
	}

	public String officeStaff(DelegateExecution execution) {
		return Groups.staff(officeOf(execution));
	}

	public String officeHead(DelegateExecution execution) {
		return Groups.head(officeOf(execution));
	}

	public String countyBureau(DelegateExecution execution) {
		return Groups.bureau(offices.countyOf(officeOf(execution)));
	}

	/** The office of the case (or other record) the instance is keyed by. */
	public String officeOf(DelegateExecution execution) {
		String key = execution.getProcessBusinessKey();
		if (key == null) {
			throw new IllegalStateException("流程实例 " + execution.getProcessInstanceId() + " 没有对应的案件");
		}
		return caseFiles.find(key).map(CaseFile::getOfficeCode)
			.or(() -> otherRecords.orderedStream().flatMap(record -> record.officeOf(key).stream()).findFirst())
			.orElseThrow(() -> new IllegalStateException("案件库中没有 " + key + " 的记录"));
	}

}
