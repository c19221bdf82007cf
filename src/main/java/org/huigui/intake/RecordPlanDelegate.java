package org.huigui.intake;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.NewGroupMember;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 矫正方案 and 矫正小组: office staff, village committee, family, volunteer, and a woman where required. */
@Component("recordPlan")
class RecordPlanDelegate implements JavaDelegate {

	private final CaseFiles caseFiles;

	private final IntakeRecords records;

	RecordPlanDelegate(CaseFiles caseFiles, IntakeRecords records) {
		this.caseFiles = caseFiles;
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		String caseNumber = execution.getProcessBusinessKey();
		List<NewGroupMember> group = new ArrayList<>();
		group.add(new NewGroupMember("司法所工作人员", fields.text("groupLeader"), false));
		group.add(new NewGroupMember("村（居）委会", fields.text("villageMember"), false));
		group.add(new NewGroupMember("家庭成员", fields.text("familyMember"), false));
		String volunteer = fields.optionalText("volunteer");
		if (volunteer != null) {
			group.add(new NewGroupMember("志愿者", volunteer, false));
		}
		String woman = fields.optionalText("femaleMember");
		if (woman != null) {
			group.add(new NewGroupMember("女性成员", woman, true));
		}
		String planSummary = fields.text("planSummary");
		caseFiles.recordCorrectionGroup(caseNumber, group);
		records.update(caseNumber, record -> record.planned(planSummary));
	}

}
