package org.huigui.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.huigui.casefile.CaseStatus;
import org.huigui.casefile.CaseType;
import org.huigui.consistency.ConsistencyRule;
import org.huigui.consistency.Mismatch;
import org.huigui.intake.IntakeRecordRepository.Steps;
import org.springframework.stereotype.Component;

/**
 * A case under supervision went through every intake step, so the store has them: the report (报到), the file
 * (档案编号 and the day it was built) and the announcement (宣告). One query for the cases missing one.
 */
@Component
class IntakeStepsOnRecord implements ConsistencyRule {

	private final IntakeRecordRepository records;

	IntakeStepsOnRecord(IntakeRecordRepository records) {
		this.records = records;
	}

	@Override
	public String what() {
		return "在矫案件的入矫记录";
	}

	@Override
	public long check(Consumer<Mismatch> found) {
		for (Steps steps : records.findWithoutIntakeSteps(CaseType.COMMUNITY_CORRECTION, CaseStatus.UNDER_SUPERVISION)) {
			String missing = String.join("、", missing(steps));
			found.accept(new Mismatch(steps.getCaseNumber(), "在矫，缺少" + missing, "入矫流程 intake 已列入在矫管理",
					steps.getProcessInstanceId(),
					"案件 %s 已在矫，但案件库中没有入矫环节的%s".formatted(steps.getCaseNumber(), missing)));
		}
		return records.countCases(CaseType.COMMUNITY_CORRECTION, CaseStatus.UNDER_SUPERVISION);
	}

	private static List<String> missing(Steps steps) {
		List<String> missing = new ArrayList<>();
		if (steps.getReportedOn() == null) {
			missing.add("报到日期");
		}
		if (steps.getFileNumber() == null) {
			missing.add("档案编号");
		}
		if (steps.getFileBuiltOn() == null) {
			missing.add("建档日期");
		}
		if (steps.getAnnouncedOn() == null) {
			missing.add("宣告日期");
		}
		return missing;
	}

}
