package org.huigui.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.huigui.browser.BrowserScenarios;
import org.huigui.browser.Form;
import org.huigui.browser.Tasklist;
import org.huigui.casefile.CaseStatus;
import org.huigui.casefile.Timeline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Supervision in Tasklist on the demo case under supervision (周建国): staff record a study session and tick its
 * attendees in one form; at the month's end staff read the gathered record and its points, adjust the score
 * with a reason, and the head approves it.
 */
class SupervisionBrowserTest extends BrowserScenarios {

	@Autowired
	ManagementService managementService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	SupervisionMonthRepository months;

	@Autowired
	Timeline timeline;

	@Test
	void staffRecordASession_tickingItsAttendeesInOneForm() {
		String caseNumber = demoCase("周建国", CaseStatus.UNDER_SUPERVISION);
		Tasklist staff = tasklistAs("sangzhou-staff");
		staff.startProcess("学习教育和公益活动登记")
			.date("活动日期", LocalDate.now(ZoneId.of("Asia/Shanghai")))
			.pick("学习教育")
			.type("时长（小时）", "2")
			.type("地点", "桑洲镇司法所会议室")
			.type("内容", "法治教育：社区矫正法及实施办法");
		staff.start("session-started");

		staff.filter("本所待办");
		Form attendees = staff.openFirst("登记参加人员");
		assertThat(attendees.value("活动")).contains("学习教育 2 小时");
		attendees.tick("周建国（" + caseNumber + "）");
		staff.complete("attendees-ticked");

		assertThat(timeline.of(caseNumber)).anySatisfy(line -> assertThat(line.getSummary()).isEqualTo("参加学习教育 2 小时"));
	}

	@Test
	void staffAdjustTheMonthsScoreWithAReason_andTheHeadApprovesIt() {
		String caseNumber = demoCase("周建国", CaseStatus.UNDER_SUPERVISION);
		// the job executor arranges the demo case's supervision, and the month ends: its timer runs as the job
		// executor would run it (this context has none)
		String supervision = runtimeService.createProcessInstanceQuery().processDefinitionKey("supervision")
			.processInstanceBusinessKey(caseNumber).singleResult().getId();
		managementService.createJobQuery().processInstanceId(supervision).activityId("StartEvent_SupervisionBegins").list()
			.forEach(arrange -> managementService.executeJob(arrange.getId()));
		managementService.executeJob(managementService.createJobQuery().processInstanceId(supervision)
			.activityId("Timer_MonthEnds").singleResult().getId());

		Tasklist staff = tasklistAs("sangzhou-staff");
		staff.filter("本所待办");
		Form month = staff.open("月度考核", "周建国");
		assertThat(month.value("本月记录及计分（系统汇总）")).contains("到所报到", "学习教育", "计分：基础分 +100");
		month.pick("调整得分（写明理由）").type("调整后得分", "90").type("调整理由", "本月集中学习已参加，签到表待补录");
		staff.complete("month-adjusted");

		Tasklist head = tasklistAs("sangzhou-head");
		head.filter("本所待办");
		Form approval = head.open("审批月度考核", "周建国");
		assertThat(approval.value("工作人员考核意见")).startsWith("调整为 90 分");
		approval.pick("同意");
		head.complete("month-approved");

		assertThat(months.findFirstByCaseNumberOrderByMonthStartDesc(caseNumber)).get().satisfies(approved -> {
			assertThat(approved.getScore()).isEqualTo(90);
			assertThat(approved.getRating()).isEqualTo(Rating.GOOD);
			assertThat(approved.getStatus()).isEqualTo(SupervisionMonth.Status.APPROVED);
		});
	}

}
