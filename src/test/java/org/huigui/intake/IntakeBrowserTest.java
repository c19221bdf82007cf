package org.huigui.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.huigui.browser.BrowserScenarios;
import org.huigui.browser.Form;
import org.huigui.browser.Tasklist;
import org.huigui.casefile.CaseFile;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.CaseStatus;
import org.huigui.casefile.Timeline;
import org.huigui.casefile.TimelineEvent;
import org.huigui.calendar.Deadlines;
import org.huigui.system.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The intake (入矫) in Tasklist, done by office staff and the office head through the forms. */
class IntakeBrowserTest extends BrowserScenarios {

	static final String INTAKE = "社区矫正对象接收（入矫）";

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	Timeline timeline;

	@Autowired
	Deadlines deadlines;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Test
	void staff_enterTheDocuments_andDoEveryStep_untilSupervision() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		Tasklist tasklist = tasklistAs("sangzhou-staff");
		Form start = tasklist.startProcess(INTAKE);
		fillStartForm(start, "王建华", TestUsers.uniqueIdNumber(), today.minusDays(2));
		tasklist.start("start-form-filled");

		tasklist.filter("本所待办");
		Form check = tasklist.open("核对法律文书", "王建华");
		String caseNumber = check.value("案件编号");
		assertThat(caseNumber).matches("SQJZ-\\d{4}-\\d{6}");
		check.pick("齐全、一致");
		tasklist.complete("check-documents");

		Form report = tasklist.open("报到登记（一签定、一告知）", "王建华");
		report.date("报到日期", today);
		for (String box : List.of("已核实本人身份", "已签订保证书", "已签订志愿者帮教协议", "已签订监护协议",
				"已告知报到、外出请假、迁居、会客、计分考核等义务")) {
			report.tick(box);
		}
		report.type("联系电话", "13800001111").type("居住地址", "桑洲镇南岭村8号");
		tasklist.complete("report");

		Form file = tasklist.open("建立矫正档案", "王建华");
		LocalDate due = deadlines.workingDays(today, 7).toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
		assertThat(tasklist.dueDate()).contains(due.format(DateTimeFormatter.ofPattern("yyyy年M月d日")));
		tasklist.screenshot("file-due-date");
		file.type("档案编号", "SZ-E2E-001").date("建档日期", today);
		tasklist.complete("build-file");

		Form plan = tasklist.open("制定矫正方案、组建矫正小组", "王建华");
		plan.type("矫正方案", "每月书面汇报一次，每周电话报告，参加公益劳动。").type("司法所工作人员", "陈所")
			.type("村（居）委会成员", "村委 王").type("家庭成员", "父亲 王");
		tasklist.complete("plan");

		Form announce = tasklist.open("宣告", "王建华");
		announce.date("宣告日期", today).type("宣告地点", "桑洲镇司法所").tick("矫正小组成员已到场");
		tasklist.complete("announce");
		assertThat(tasklist.tasks().filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(caseNumber)))
			.hasCount(0);
		tasklist.screenshot("done");

		CaseFile caseFile = caseFiles.get(caseNumber);
		assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.UNDER_SUPERVISION);
		assertThat(caseFile.getFileNumber()).isEqualTo("SZ-E2E-001");
		assertThat(timeline.of(caseNumber)).filteredOn(e -> "STEP_COMPLETED".equals(e.getKind())).hasSize(5)
			.extracting(TimelineEvent::getUserId).containsOnly("sangzhou-staff");
	}

	static void fillStartForm(Form form, String name, String idNumber, LocalDate judgment) {
		form.type("姓名", name).type("居民身份证号码", idNumber).choose("性别", "男").choose("矫正类别", "缓刑")
			.choose("执行地司法所", "桑洲镇司法所").type("决定机关", "宁海县人民法院")
			.date("判决（裁定、决定）生效日期", judgment).date("矫正期起始日", judgment)
			.date("矫正期满日", judgment.plusYears(1).minusDays(1));
	}

}
