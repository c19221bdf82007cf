package org.huigui.relocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.huigui.browser.BrowserScenarios;
import org.huigui.browser.Form;
import org.huigui.browser.Tasklist;
import org.huigui.intake.IntakeScenarios;
import org.huigui.system.DemoClerk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Relocation (迁居) in Tasklist: sangzhou's staff apply and give their opinion, the county bureau verifies
 * the new address as the receiving county and decides, and the receiving office's arrival task is waiting.
 */
class RelocationBrowserTest extends BrowserScenarios {

	@Autowired
	DemoClerk clerk;

	@Test
	void staffApply_bureauVerifiesAndApproves_andTheReceivingOfficeWaitsForTheArrival() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String caseNumber = underSupervision("郑海");

		Tasklist staff = tasklistAs("sangzhou-staff");
		Form application = staff.startProcess("迁居（变更执行地）");
		application.type("案件编号", caseNumber).choose("迁入地司法所", "前童镇司法所（宁海县）").type("新住址", "前童镇鞠岙村12号")
			.date("计划迁居日", today.plusDays(40)).type("迁居事由", "随子女迁居");
		staff.start("relocation-application");
		staff.filter("本所待办");
		staff.open("司法所出具意见", "郑海").type("司法所意见", "在矫期间表现良好，同意迁居");
		staff.complete("office-opinion");

		Tasklist bureau = tasklistAs("ninghai-bureau");
		bureau.filter("本所待办");
		bureau.open("核实新住址", "迁入对象姓名", "郑海").pick("住址属实").type("核实情况", "经前童镇鞠岙村委会核实，住址属实");
		bureau.complete("address-verified");
		bureau.filter("本所待办");
		bureau.open("县司法局决定", "郑海").pick("准予变更执行地");
		bureau.complete("county-approves");

		Tasklist receiving = tasklistAs("qiantong-staff");
		receiving.filter("本所待办");
		receiving.open("接收地报到确认", "郑海");
		receiving.screenshot("arrival-waiting");
		assertThat(receiving.dueDate()).isNotBlank();
	}

	/** A case under supervision at sangzhou, entered as its staff would have. */
	private String underSupervision(String name) {
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		Map<String, Object> intake = IntakeScenarios.application(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2), "MALE");
		intake.put("personName", name);
		String caseNumber = clerk.start("sangzhou-staff", "intake", intake).getBusinessKey();
		clerk.complete("sangzhou-staff", caseNumber, "Task_CheckDocuments", Map.of("documentsCheck", "COMPLETE"));
		clerk.complete("sangzhou-staff", caseNumber, "Task_RegisterReport", IntakeScenarios.report(today));
		clerk.complete("sangzhou-staff", caseNumber, "Task_BuildFile", Map.of("fileNumber", "SZ-E2E-R", "fileBuiltOn", today));
		clerk.complete("sangzhou-staff", caseNumber, "Task_PlanAndGroup", IntakeScenarios.plan(null));
		clerk.complete("sangzhou-staff", caseNumber, "Task_Announce",
				Map.of("announcedOn", today, "announcementPlace", "桑洲镇司法所", "groupPresent", true));
		return caseNumber;
	}

}
