package org.huigui.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.huigui.system.ProcessDriver;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
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
	IntakeRecords intakeRecords;

	@Autowired
	Deadlines deadlines;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	TestRestTemplate rest;

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
		assertThat(tasklist.tasks("宣告")).hasCount(0);
		tasklist.screenshot("done");

		CaseFile caseFile = caseFiles.get(caseNumber);
		assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.UNDER_SUPERVISION);
		assertThat(intakeRecords.of(caseNumber).getFileNumber()).isEqualTo("SZ-E2E-001");
		assertThat(timeline.of(caseNumber)).filteredOn(e -> "STEP_COMPLETED".equals(e.getKind())).hasSize(5)
			.extracting(TimelineEvent::getUserId).containsOnly("sangzhou-staff");
	}

	@Test
	void startForm_refusesABadIdNumber_withAMessage_andNothingIsStarted() {
		long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey("intake").count();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		Tasklist tasklist = tasklistAs("sangzhou-staff");
		Form start = tasklist.startProcess(INTAKE);
		fillStartForm(start, "赵明", "12345", today.minusDays(2));
		assertThat(start.errorOf("居民身份证号码")).isVisible();
		assertThat(start.errorOf("居民身份证号码")).containsText("格式不正确");
		assertThat(tasklist.startButton()).isDisabled();
		tasklist.screenshot("id-number-too-short");

		String good = TestUsers.uniqueIdNumber();
		String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
		start.type("居民身份证号码", wrongCheck);
		Locator refused = tasklist.startRefused();
		assertThat(refused).containsText("idNumber：校验码错误");
		assertThat(refused).not().containsText("Cannot instantiate");
		tasklist.screenshot("id-number-wrong-check-character");

		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("intake").count()).isEqualTo(instances);
	}

	@Test
	void head_findsTheOverdueEscalation_inTheOverdueFilter_andHandlesIt() {
		String caseNumber = notReportedAndEscalatedLastWeek("孙志远");
		Tasklist tasklist = tasklistAs("sangzhou-head");
		tasklist.filter("逾期任务");
		Locator escalations = tasklist.tasks("查找未报到人员并通知决定机关");
		assertThat(escalations.first().locator(".due-date")).hasClass(Pattern.compile("overdue"));
		tasklist.screenshot("overdue-filter");

		Form search = tasklist.open("查找未报到人员并通知决定机关", "孙志远");
		assertThat(search.value("案件编号")).isEqualTo(caseNumber);
		search.date("通知决定机关日期", LocalDate.now(ZoneId.of("Asia/Shanghai"))).pick("已找到，督促报到")
			.type("查找情况", "已联系家属，本人承诺三日内报到");
		tasklist.complete("search-person");
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
			.activityIdIn("Task_SearchPerson").count()).isZero();
		assertThat(timeline.of(caseNumber)).anySatisfy(e -> assertThat(e.getUserId()).isEqualTo("sangzhou-head"));
	}

	@Test
	void anotherOfficesStaff_seeNoneOfTheseTasks() {
		String caseNumber = notReportedAndEscalatedLastWeek("钱文斌");
		List<String> sangzhouTasks = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list().stream()
			.map(t -> t.getId()).toList();
		assertThat(sangzhouTasks).isNotEmpty();

		Tasklist tasklist = tasklistAs("xinli-staff");
		for (String filter : List.of("我的任务", "本所待办", "逾期任务")) {
			tasklist.filter(filter);
			for (int i = 0; i < tasklist.tasks().count(); i++) {
				Form form = tasklist.open(tasklist.tasks().nth(i));
				assertThat(form.value("姓名")).isNotIn("钱文斌", "王建华", "孙志远", "陈立新", "周建国");
			}
			tasklist.screenshot("xinli-" + filter);
		}
		tasklist.page().navigate("/camunda/app/tasklist/default/#/?task=" + sangzhouTasks.get(0));
		tasklist.page().waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(tasklist.page().locator("[cam-tasklist-task] form.fjs-form")).hasCount(0);
		assertThat(tasklist.page().getByText("钱文斌")).hasCount(0);
		assertThat(tasklist.page().locator(".page-notifications")).containsText("该任务已不存在");
		tasklist.screenshot("xinli-opens-a-sangzhou-task-by-its-address");
	}

	/**
	 * A sangzhou intake whose person did not report within ten days: the escalation to the head was
	 * due a week ago. The engine's clock is moved back for it, as if it had happened then.
	 */
	private String notReportedAndEscalatedLastWeek(String name) {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		try {
			ProcessDriver.clockAt(today.minusDays(20));
			Map<String, Object> application = IntakeScenarios.application(today.minusDays(21), "MALE");
			application.put("personName", name);
			ResponseEntity<Map> started = rest.withBasicAuth("sangzhou-staff", PASSWORD).postForEntity("/api/intakes",
					application, Map.class);
			String caseNumber = (String) started.getBody().get("caseNumber");
			ProcessDriver.clockAt(today.minusDays(10));
			String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
				.singleResult().getId();
			Job timer = managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
			managementService.executeJob(timer.getId());
			return caseNumber;
		}
		finally {
			ClockUtil.reset();
		}
	}

	static void fillStartForm(Form form, String name, String idNumber, LocalDate judgment) {
		form.type("姓名", name).type("居民身份证号码", idNumber).choose("性别", "男").choose("矫正类别", "缓刑")
			.choose("执行地司法所", "桑洲镇司法所").type("决定机关", "宁海县人民法院")
			.date("判决（裁定、决定）生效日期", judgment).date("矫正期起始日", judgment)
			.date("矫正期满日", judgment.plusYears(1).minusDays(1));
	}

}
