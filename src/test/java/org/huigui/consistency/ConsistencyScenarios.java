package org.huigui.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.huigui.aftercare.AssistanceBasis;
import org.huigui.aftercare.AssistanceCategory;
import org.huigui.aftercare.AssistanceRequest;
import org.huigui.aftercare.AssistanceStart;
import org.huigui.casefile.Gender;
import org.huigui.casefile.NewPerson;
import org.huigui.handover.HandoverScenarios;
import org.huigui.intake.IntakeScenarios;
import org.huigui.system.ProcessDriver;
import org.huigui.system.ProcessScenarios;
import org.huigui.system.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The consistency check, on H2 ({@link ConsistencyCheckTest}, next to the demo data) and PostgreSQL
 * ({@link ConsistencyCheckIT}): nothing reported for work under way in every process, a relocation handed over
 * included; then each divergence provoked behind one side's back (the store changed by SQL, a variable set or
 * a task's groups changed as the system, an instance deleted and its record opened again) is reported, and only it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ConsistencyScenarios extends ProcessScenarios {

	static final String STAFF = "sangzhou-staff";

	static final String HEAD = "sangzhou-head";

	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AssistanceStart assistanceStart;

	/** The administrator's login and password in this profile. */
	abstract String[] administrator();

	@BeforeEach
	void today() {
		ProcessDriver.clockAt(TODAY);
	}

	@Test
	@Order(1)
	void workUnderWayInEveryProcess_showsNoMismatch() {
		intake();
		String supervised = supervised();
		leave(supervised);
		driver.complete(HEAD, "Task_HeadApproval", supervised, Map.of("decision", "APPROVE"));
		handover();
		assistance();
		relocationWaitingForVerification();
		relocationHandedOver();
		runtimeService.createProcessInstanceQuery().processDefinitionKey("prison-handover")
			.activityIdIn("Task_OpenAssistanceCase").list()
			.forEach(handover -> execute(job("Task_OpenAssistanceCase", handover)));

		Map<String, Object> report = check();

		assertThat((List<?>) report.get("mismatches")).isEmpty();
		assertThat(((Number) report.get("casesChecked")).intValue()).isGreaterThanOrEqualTo(6);
		assertThat(((Number) report.get("instancesChecked")).intValue()).isGreaterThanOrEqualTo(6);
		assertThat((Map<String, Object>) report.get("recordsChecked")).containsKeys("社区矫正案件", "安置帮教案件", "外出请假",
				"迁居申请", "刑满释放衔接", "待办任务", "接收地核实", "在矫案件的入矫记录");
	}

	@Test
	void instancesOrRecordsChangedBehindTheOtherSidesBack_areReported() {
		ProcessInstance intake = intake();
		String supervised = supervised();
		ProcessInstance leave = leave(supervised);
		String assistance = assistance();
		ProcessInstance handover = handover();

		List<Map<String, Object>> mismatches = newMismatches(() -> {
			deleteBehindTheStoresBack(intake, "update case_file set status = 'INTAKE' where case_number = ?",
					intake.getBusinessKey());
			deleteBehindTheStoresBack(leave, "update leave_request set status = 'REQUESTED' where process_instance_id = ?",
					leave.getId());
			jdbc.update("update case_file set status = 'CLOSED' where case_number = ?", assistance);
			jdbc.update("delete from release_notice where reference = ?", handover.getBusinessKey());
		});

		assertThat(mismatches).extracting(m -> m.get("caseNumber"))
			.containsExactlyInAnyOrder(intake.getBusinessKey(), supervised, assistance, handover.getBusinessKey());
		assertThat(of(mismatches, intake.getBusinessKey())).satisfies(m -> {
			assertThat(m).containsEntry("store", "社区矫正案件：INTAKE").containsEntry("processInstanceId", intake.getId());
			assertThat((String) m.get("message")).contains("流程实例已不在运行");
		});
		assertThat(of(mismatches, supervised)).containsEntry("store", "外出请假：REQUESTED")
			.containsEntry("processInstanceId", leave.getId());
		assertThat((String) of(mismatches, assistance).get("message")).contains("已是 CLOSED，其流程却仍在运行");
		assertThat(of(mismatches, handover.getBusinessKey())).containsEntry("store", "无对应的刑满释放衔接记录")
			.containsEntry("engine", "prison-handover 流程实例运行中");
	}

	@Test
	void factsTheInstancesCopiedFromTheStore_changedOnOneSide_areReported() {
		ProcessInstance intake = intake();
		String supervised = supervised();
		ProcessInstance leave = leave(supervised);
		String assistance = assistance();
		ProcessInstance aftercare = instanceOf("aftercare", assistance);
		ProcessInstance handover = handover();
		ProcessInstance relocation = relocationWaitingForVerification();
		ProcessInstance supervision = instanceOf("supervision", supervised);

		List<Map<String, Object>> mismatches = newMismatches(() -> {
			jdbc.update("update person set name = '王五' where id = (select person_id from case_file where case_number = ?)",
					intake.getBusinessKey());
			jdbc.update("update leave_request set leave_to = ? where process_instance_id = ?", Date.valueOf("2026-03-11"),
					leave.getId());
			jdbc.update("update case_file set office_code = 'qiantong' where case_number = ?", supervised);
			runtimeService.setVariable(aftercare.getId(), "category", "KEY");
			jdbc.update("update assistance set ends_on = ? where case_number = ?", Date.valueOf("2031-06-30"), assistance);
			runtimeService.setVariable(handover.getId(), "releaseDate", "2026-05-01");
			jdbc.update("update relocation_request set target_office_code = 'qiantong' where process_instance_id = ?",
					relocation.getId());
		});

		assertThat(mismatches).extracting(m -> m.get("caseNumber"), m -> m.get("processInstanceId"), m -> m.get("store"),
				m -> m.get("engine"))
			.containsExactlyInAnyOrder(
					row(intake.getBusinessKey(), intake.getId(), "personName：王五", "personName：张强"),
					row(supervised, leave.getId(), "leaveTo：2026-03-11", "leaveTo：2026-03-10"),
					row(supervised, leave.getId(), "officeCode：qiantong", "officeCode：sangzhou"),
					row(supervised, supervision.getId(), "officeCode：qiantong", "officeCode：sangzhou"),
					row(assistance, aftercare.getId(), "category：GENERAL", "category：KEY"),
					row(assistance, aftercare.getId(), "assistanceEndsOn：2031-06-30", "assistanceEndsOn：2031-03-02"),
					row(handover.getBusinessKey(), handover.getId(), "releaseDate：2026-04-01", "releaseDate：2026-05-01"),
					row(relocation.getBusinessKey(), relocation.getId(), "targetOfficeCode：qiantong",
							"targetOfficeCode：xinli"));
		assertThat((String) mismatches.get(0).get("message")).contains("与案件库不一致");
	}

	@Test
	void tasksForNoGroupOfThisInstallation_areReported() {
		ProcessInstance intake = intake();
		Task check = driver.task(intake.getBusinessKey(), "Task_CheckDocuments");
		Task report = driver.task(intake.getBusinessKey(), "Task_RegisterReport");

		List<Map<String, Object>> mismatches = newMismatches(() -> {
			taskService.deleteCandidateGroup(check.getId(), "sangzhou-staff");
			taskService.addCandidateGroup(check.getId(), "nowhere-staff");
			taskService.deleteCandidateGroup(report.getId(), "sangzhou-staff");
		});

		assertThat(mismatches).hasSize(2).allSatisfy(m -> assertThat(m)
			.containsEntry("caseNumber", intake.getBusinessKey()).containsEntry("processInstanceId", intake.getId()));
		assertThat(mismatches).extracting(m -> (String) m.get("engine")).containsExactlyInAnyOrder(
				"任务「%s」（%s）：候选组 nowhere-staff 不是本系统的司法所或县司法局".formatted(check.getName(), check.getId()),
				"任务「%s」（%s）：无候选组、无办理人".formatted(report.getName(), report.getId()));
	}

	@Test
	void aRelocationAndItsVerification_apart_areReported() {
		ProcessInstance withoutVerification = relocationWaitingForVerification();
		ProcessInstance verification = verificationOf(withoutVerification);
		ProcessInstance gone = relocationWaitingForVerification();

		List<Map<String, Object>> mismatches = newMismatches(() -> {
			runtimeService.setVariable(verification.getId(), "requestingProcessInstanceId", "no-such-relocation");
			deleteBehindTheStoresBack(gone, "update relocation_request set status = 'REQUESTED' where process_instance_id = ?",
					gone.getId());
		});

		assertThat(mismatches).extracting(m -> m.get("processInstanceId"))
			.containsExactlyInAnyOrder(withoutVerification.getId(), verification.getId(), gone.getId());
		assertThat(mismatches).filteredOn(m -> m.get("processInstanceId").equals(withoutVerification.getId()))
			.singleElement()
			.satisfies(m -> assertThat((String) m.get("message")).contains("在等待接收地核实结果", "没有运行中的核实流程"));
		assertThat(mismatches).filteredOn(m -> m.get("processInstanceId").equals(verification.getId()))
			.singleElement()
			.satisfies(m -> assertThat((String) m.get("message")).contains("发起它的迁居流程已不在运行"));
		assertThat(mismatches).filteredOn(m -> m.get("processInstanceId").equals(gone.getId()))
			.singleElement()
			.satisfies(m -> assertThat(m).containsEntry("store", "迁居申请：REQUESTED"));
	}

	@Test
	void aSupervisedCaseWithoutAnIntakeStepOnRecord_isReported() {
		String supervised = supervised();

		List<Map<String, Object>> mismatches = newMismatches(
				() -> jdbc.update("update intake_record set announced_on = null where case_number = ?", supervised));

		assertThat(mismatches).singleElement().satisfies(m -> {
			assertThat(m).containsEntry("caseNumber", supervised).containsEntry("store", "在矫，缺少宣告日期");
			assertThat((String) m.get("message")).contains("已在矫", "宣告日期");
		});
	}

	@Test
	void onlyAdministrators_mayRunTheCheck() {
		assertThat(rest.withBasicAuth(HEAD, TestUsers.PASSWORD).getForEntity("/api/admin/consistency", Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(rest.getForEntity("/api/admin/consistency", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	/** The mismatches the check reports after {@code provoke} and not before; none may have gone. */
	private List<Map<String, Object>> newMismatches(Runnable provoke) {
		List<Map<String, Object>> before = mismatches();
		provoke.run();
		List<Map<String, Object>> after = mismatches();
		assertThat(after).containsAll(before);
		List<Map<String, Object>> added = new ArrayList<>(after);
		before.forEach(added::remove);
		return added;
	}

	private List<Map<String, Object>> mismatches() {
		return (List<Map<String, Object>>) check().get("mismatches");
	}

	private Map<String, Object> check() {
		String[] administrator = administrator();
		ResponseEntity<Map> response = rest.withBasicAuth(administrator[0], administrator[1])
			.getForEntity("/api/admin/consistency", Map.class);
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private static Map<String, Object> of(List<Map<String, Object>> mismatches, String caseNumber) {
		return mismatches.stream().filter(m -> caseNumber.equals(m.get("caseNumber"))).reduce((first, second) -> {
			throw new AssertionError("more than one mismatch for " + caseNumber + ": " + mismatches);
		}).orElseThrow(() -> new AssertionError("no mismatch for " + caseNumber + ": " + mismatches));
	}

	private static org.assertj.core.groups.Tuple row(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

	/**
	 * As if the store had not been told of a deletion (a restore from an older backup, say): the instance is deleted,
	 * and what its cancellation closed in the store is opened again.
	 */
	private void deleteBehindTheStoresBack(ProcessInstance instance, String reopen, Object argument) {
		runtimeService.deleteProcessInstance(instance.getId(), "一致性检查测试", true);
		jdbc.update(reopen, argument);
	}

	private ProcessInstance intake() {
		return startForm(STAFF, "intake", IntakeScenarios.application(TODAY, "MALE"));
	}

	private String supervised() {
		String caseNumber = IntakeScenarios.underSupervision(rest, driver);
		ProcessDriver.clockAt(TODAY);
		return caseNumber;
	}

	private ProcessInstance leave(String caseNumber) {
		return startForm(STAFF, "leave", Map.of("caseNumber", caseNumber, "leaveFrom", "2026-03-09", "leaveTo",
				"2026-03-10", "destination", "浙江省宁波市", "reason", "探望住院的母亲"));
	}

	private ProcessInstance handover() {
		ResponseEntity<Map> answer = rest.withBasicAuth(STAFF, TestUsers.PASSWORD).postForEntity("/api/release-notices",
				HandoverScenarios.notice("PROPERTY", "盗窃罪", "GOOD"), Map.class);
		assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.CREATED);
		return instanceOf("prison-handover", (String) answer.getBody().get("reference"));
	}

	/** An assistance case opened as the handover's last step opens it; answers its number. */
	private String assistance() {
		return assistanceStart.begin(new AssistanceRequest(new NewPerson("钱进", Gender.MALE, TestUsers.uniqueIdNumber()),
				"sangzhou", AssistanceCategory.GENERAL, AssistanceBasis.PRISON_RELEASE, TODAY, TODAY, "XJ-TEST",
				"测试：刑满释放"));
	}

	/** A relocation to another county, waiting for that county's verification of the new address. */
	private ProcessInstance relocationWaitingForVerification() {
		String caseNumber = supervised();
		ProcessInstance relocation = startForm(STAFF, "relocation", relocationTo(caseNumber, "xinli"));
		driver.complete(STAFF, "Task_OfficeOpinion", caseNumber, Map.of("officeOpinion", "同意"));
		return relocation;
	}

	/**
	 * A relocation within the county after the arrival: the case and its work belong to the receiving office,
	 * the relocation itself still runs at the sending office (移交档案材料).
	 */
	private ProcessInstance relocationHandedOver() {
		String caseNumber = supervised();
		ProcessInstance relocation = startForm(STAFF, "relocation", relocationTo(caseNumber, "qiantong"));
		driver.complete(STAFF, "Task_OfficeOpinion", caseNumber, Map.of("officeOpinion", "同意"));
		driver.complete("ninghai-bureau", "Task_VerifyAddress", caseNumber,
				Map.of("addressCheck", "CONFIRMED", "verificationNote", "属实"));
		driver.complete("ninghai-bureau", "Task_CountyDecision", caseNumber, Map.of("decision", "APPROVE"));
		ProcessDriver.clockAt(TODAY.plusDays(2));
		driver.complete("qiantong-staff", "Task_ConfirmArrival", caseNumber, Map.of("arrivedOn", TODAY.plusDays(2).toString()));
		assertThat(driver.task(caseNumber, "Task_TransferFile")).isNotNull();
		return relocation;
	}

	private static Map<String, Object> relocationTo(String caseNumber, String office) {
		return Map.of("caseNumber", caseNumber, "targetOfficeCode", office, "newAddress", "前童镇鹿山村8号", "plannedMoveOn",
				"2026-04-06", "reason", "随子女居住");
	}

	private ProcessInstance verificationOf(ProcessInstance relocation) {
		return runtimeService.createProcessInstanceQuery().processDefinitionKey("relocation-verification")
			.variableValueEquals("requestingProcessInstanceId", relocation.getId()).singleResult();
	}

	private ProcessInstance instanceOf(String processKey, String businessKey) {
		return runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
			.processInstanceBusinessKey(businessKey).singleResult();
	}

}
