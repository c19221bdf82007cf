package org.huigui.leave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.huigui.browser.BrowserScenarios;
import org.huigui.browser.Form;
import org.huigui.browser.Tasklist;
import org.huigui.casefile.CaseStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Leave (外出请假) in Tasklist on the demo case under supervision: staff apply, the head approves. */
class LeaveBrowserTest extends BrowserScenarios {

	@Autowired
	LeaveRequestRepository leaveRequests;

	@Test
	void staffApply_headApproves_andTheReportBackIsWaiting() {
		String caseNumber = demoCase("周建国", CaseStatus.UNDER_SUPERVISION);
		LocalDate from = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);

		Tasklist staff = tasklistAs("sangzhou-staff");
		Form application = staff.startProcess("外出请假");
		application.type("案件编号", caseNumber).date("外出开始日", from).date("外出结束日", from.plusDays(2))
			.type("目的地", "浙江省宁波市鄞州区").type("外出事由", "探望住院的母亲");
		staff.start("leave-application");

		Tasklist head = tasklistAs("sangzhou-head");
		head.filter("本所待办");
		Form approval = head.open("司法所长审批", "周建国");
		assertThat(approval.value("外出天数")).isEqualTo("3");
		approval.pick("同意外出");
		head.complete("head-approves");

		staff.filter("本所待办");
		staff.open("销假", "周建国");
		staff.screenshot("report-back-waiting");
		assertThat(leaveRequests.findAll()).filteredOn(r -> r.getCaseNumber().equals(caseNumber))
			.singleElement().satisfies(r -> {
				assertThat(r.getStatus()).isEqualTo(LeaveStatus.APPROVED);
				assertThat(r.getPassNumber()).matches("WCZM-\\d{4}-\\d{6}");
			});
	}

}
