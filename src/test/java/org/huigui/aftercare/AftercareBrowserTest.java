package org.huigui.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ManagementService;
import org.huigui.browser.BrowserScenarios;
import org.huigui.browser.Form;
import org.huigui.browser.Tasklist;
import org.huigui.casefile.CaseStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Resettlement assistance (安置帮教) in Tasklist on the demo case handed over from prison: staff record a
 * visit with the subject's employment and housing, and the next visit period's task is waiting.
 */
class AftercareBrowserTest extends BrowserScenarios {

	@Autowired
	AssistanceVisitRepository visits;

	@Autowired
	ManagementService managementService;

	@Test
	void staffRecordAVisit_andTheNextVisitIsWaiting() {
		// the demo handover's last step runs on its own; this context has no job executor
		managementService.createJobQuery().activityId("Task_OpenAssistanceCase").list()
			.forEach(job -> managementService.executeJob(job.getId()));
		String caseNumber = demoCase("吴志明", CaseStatus.UNDER_ASSISTANCE);
		Tasklist staff = tasklistAs("sangzhou-staff");
		staff.filter("本所待办");
		Form visit = staff.open("帮教走访", "吴志明");
		String period = visit.value("本走访期");
		visit.date("走访日期", LocalDate.now(ZoneId.of("Asia/Shanghai"))).type("走访地点", "对象家中（岭口村12号）")
			.type("走访情况（思想动态、家庭、困难及帮扶措施）", "情绪稳定，已在镇上建材厂务工")
			.choose("就业情况", "单位就业").choose("居住情况", "固定住所");
		staff.complete("visit-recorded");

		staff.filter("本所待办");
		Form next = staff.open("帮教走访", "吴志明");
		assertThat(next.value("本走访期")).isNotEqualTo(period);
		staff.screenshot("next-visit-waiting");
		assertThat(visits.findByCaseNumberOrderByPeriodEnd(caseNumber)).singleElement()
			.satisfies(v -> assertThat(v.getPlace()).contains("岭口村"));
	}

}
