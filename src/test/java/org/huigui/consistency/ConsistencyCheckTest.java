package org.huigui.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.huigui.intake.IntakeScenarios;
import org.huigui.system.ProcessDriver;
import org.huigui.system.ProcessScenarios;
import org.huigui.system.TestUsers;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The consistency check on H2 with the demo data: nothing reported for the demo cases, a finished intake, an
 * approved leave and a finished handover; a record reopened after its instance was deleted (deleting closes it), or
 * a case closed or a release notice deleted, behind the other side's back is reported, and only that.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:consistency;DB_CLOSE_DELAY=-1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsistencyCheckTest extends ProcessScenarios {

	static final String STAFF = "sangzhou-staff";

	static final String HEAD = "sangzhou-head";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@Order(1)
	void demoDataAndWorkUnderWay_showNoMismatch() {
		String supervised = IntakeScenarios.underSupervision(rest, driver);
		ProcessDriver.clockAt(LocalDate.of(2026, 3, 2));
		leave(supervised);
		driver.complete(HEAD, "Task_HeadApproval", supervised, Map.of("decision", "APPROVE"));
		ProcessInstance handover = runtimeService.createProcessInstanceQuery().processDefinitionKey("prison-handover")
			.activityIdIn("Task_OpenAssistanceCase").singleResult();
		execute(job("Task_OpenAssistanceCase", handover));

		Map<String, Object> report = check("demo");

		assertThat((List<?>) report.get("mismatches")).isEmpty();
		assertThat(((Number) report.get("casesChecked")).intValue()).isGreaterThanOrEqualTo(5);
		assertThat(((Number) report.get("instancesChecked")).intValue()).isGreaterThanOrEqualTo(5);
		assertThat((Map<String, Object>) report.get("recordsChecked")).containsKeys("社区矫正案件", "安置帮教案件", "外出请假",
				"迁居申请", "刑满释放衔接");
	}

	@Test
	@Order(2)
	void instancesOrRecordsChangedBehindTheOtherSidesBack_areReported() {
		ProcessInstance intake = startForm(STAFF, "intake", IntakeScenarios.application(LocalDate.now(), "MALE"));
		runtimeService.deleteProcessInstance(intake.getId(), "一致性检查测试");
		jdbc.update("update case_file set status = 'INTAKE' where case_number = ?", intake.getBusinessKey());
		String supervised = IntakeScenarios.underSupervision(rest, driver);
		ProcessDriver.clockAt(LocalDate.of(2026, 3, 2));
		ProcessInstance leave = leave(supervised);
		runtimeService.deleteProcessInstance(leave.getId(), "一致性检查测试");
		jdbc.update("update leave_request set status = 'REQUESTED' where process_instance_id = ?", leave.getId());
		String assistance = jdbc.queryForObject(
				"select min(case_number) from case_file where status = 'UNDER_ASSISTANCE'", String.class);
		jdbc.update("update case_file set status = 'CLOSED' where case_number = ?", assistance);
		String notice = jdbc.queryForObject("select min(reference) from release_notice where status = 'VERIFYING'",
				String.class);
		jdbc.update("delete from release_notice where reference = ?", notice);

		List<Map<String, Object>> mismatches = (List<Map<String, Object>>) check("demo").get("mismatches");

		assertThat(mismatches).extracting(m -> m.get("caseNumber"))
			.containsExactlyInAnyOrder(intake.getBusinessKey(), supervised, assistance, notice);
		assertThat(mismatches).filteredOn(m -> m.get("caseNumber").equals(intake.getBusinessKey())).singleElement()
			.satisfies(m -> {
				assertThat(m).containsEntry("store", "社区矫正案件：INTAKE").containsEntry("processInstanceId", intake.getId());
				assertThat((String) m.get("message")).contains("流程实例已不在运行");
			});
		assertThat(mismatches).filteredOn(m -> m.get("caseNumber").equals(supervised)).singleElement()
			.satisfies(m -> assertThat(m).containsEntry("store", "外出请假：REQUESTED").containsEntry("processInstanceId",
					leave.getId()));
		assertThat(mismatches).filteredOn(m -> m.get("caseNumber").equals(assistance)).singleElement()
			.satisfies(m -> assertThat((String) m.get("message")).contains("已是 CLOSED，其流程却仍在运行"));
		assertThat(mismatches).filteredOn(m -> m.get("caseNumber").equals(notice)).singleElement()
			.satisfies(m -> assertThat(m).containsEntry("store", "无对应的刑满释放衔接记录")
				.containsEntry("engine", "prison-handover 流程实例运行中"));
	}

	@Test
	void onlyAdministrators_mayRunTheCheck() {
		assertThat(rest.withBasicAuth(HEAD, TestUsers.PASSWORD).getForEntity("/api/admin/consistency", Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(rest.getForEntity("/api/admin/consistency", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private Map<String, Object> check(String user) {
		ResponseEntity<Map> response = rest.withBasicAuth(user, TestUsers.PASSWORD).getForEntity("/api/admin/consistency",
				Map.class);
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private ProcessInstance leave(String caseNumber) {
		return startForm(STAFF, "leave", Map.of("caseNumber", caseNumber, "leaveFrom", "2026-03-09", "leaveTo",
				"2026-03-10", "destination", "浙江省宁波市", "reason", "探望住院的母亲"));
	}

}
