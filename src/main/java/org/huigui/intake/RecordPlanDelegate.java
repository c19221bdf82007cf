package org.huigui.intake;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.GroupMember;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 矫正方案 and 矫正小组: office staff, village committee, family, volunteer, and a woman where required. */
@Component("recordPlan")
class RecordPlanDelegate implements JavaDelegate {

	private final CaseFiles caseFiles;

	RecordPlanDelegate(CaseFiles caseFiles) {
		this.caseFiles = caseFiles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		String caseNumber = execution.getProcessBusinessKey();
		List<GroupMember> group = new ArrayList<>();
		group.add(new GroupMember(caseNumber, "司法所工作人员", fields.text("groupLeader", 50), false));
		group.add(new GroupMember(caseNumber, "村（居）委会", fields.text("villageMember", 50), false));
		group.add(new GroupMember(caseNumber, "家庭成员", fields.text("familyMember", 50), false));
		String volunteer = fields.optionalText("volunteer", 50);
		if (volunteer != null) {
			group.add(new GroupMember(caseNumber, "志愿者", volunteer, false));
		}
		String woman = fields.optionalText("femaleMember", 50);
		if (woman != null) {
			group.add(new GroupMember(caseNumber, "女性成员", woman, true));
		}
		caseFiles.recordPlan(caseNumber, fields.text("planSummary", 4000), group);
	}

}
