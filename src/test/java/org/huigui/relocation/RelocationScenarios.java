package org.huigui.relocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.Timeline;
import org.huigui.intake.IntakeScenarios;
import org.huigui.system.ProcessDriver;
import org.huigui.system.ProcessScenarios;
import org.huigui.system.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The relocation (迁居 / 变更执行地) scenarios, on H2 ({@link RelocationProcessTest}) and PostgreSQL
 * ({@link RelocationProcessIT}): consultation of the receiving county by message, approval with the case
 * and its work moving office, rejection, non-arrival, and the refusals.
 */
abstract class RelocationScenarios extends ProcessScenarios {

	static final String STAFF = "sangzhou-staff";

	@Autowired
	HistoryService historyService;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	RelocationRequestRepository requests;

	@Autowired
	Timeline timeline;

	String caseNumber;

	@BeforeEach
	void underSupervision() {
		caseNumber = IntakeScenarios.underSupervision(rest, driver);
		ProcessDriver.clockAt(LocalDate.of(2026, 3, 2));
	}

	@Test
	void approved_caseAndItsOpenWorkMoveToTheReceivingOffice() {
		ProcessInstance relocation = request("qiantong", "2026-04-06");
		assertThat(relocation).isWaitingAt("Task_OfficeOpinion");
		driver.complete(STAFF, "Task_OfficeOpinion", caseNumber, Map.of("officeOpinion", "同意"));

		ProcessInstance verification = verificationOf(relocation);
		assertThat(verification).isWaitingAt("Task_VerifyAddress");
		assertThat(verification).task().hasCandidateGroup("ninghai-bureau");
		assertThat(relocation).isWaitingAt("Event_AddressVerified");
		driver.complete("ninghai-bureau", "Task_VerifyAddress", caseNumber,
				Map.of("addressCheck", "CONFIRMED", "verificationNote", "经村委会核实，住址属实"));
		assertThat(verification).isEnded();
		assertThat(relocation).isWaitingAt("Task_CountyDecision");
		assertThat(relocation).variables().containsEntry("addressVerified", true);

		driver.complete("ninghai-bureau", "Task_CountyDecision", caseNumber, Map.of("decision", "APPROVE"));
		assertThat(relocation).isWaitingAt("Task_TransferFile", "Task_ConfirmArrival");
		assertThat(driver.task(caseNumber, "Task_TransferFile").getDueDate()).isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 3, 5)));
		assertThat(driver.task(caseNumber, "Task_ConfirmArrival").getDueDate()).isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 3, 9)));
		assertThat(relocation).task("Task_ConfirmArrival").hasCandidateGroup("qiantong-staff");

		ProcessDriver.clockAt(LocalDate.of(2026, 3, 4));
		driver.complete("qiantong-staff", "Task_ConfirmArrival", caseNumber, Map.of("arrivedOn", "2026-03-04"));

		assertThat(caseFiles.get(caseNumber).getOfficeCode()).isEqualTo("qiantong");
		assertThat(relocation).task("Task_TransferFile").hasCandidateGroup("sangzhou-staff");
		assertThat(visibleTasks(STAFF, "sangzhou-staff")).extracting(Task::getTaskDefinitionKey)
			.containsExactly("Task_TransferFile");
		assertThat(rest.withBasicAuth(STAFF, TestUsers.PASSWORD).getForEntity("/api/cases/" + caseNumber, Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(rest.withBasicAuth("qiantong-staff", TestUsers.PASSWORD).getForEntity("/api/cases/" + caseNumber, Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);

		driver.complete(STAFF, "Task_TransferFile", caseNumber,
				Map.of("fileTransferredOn", "2026-03-04", "copiesSent", true));
		assertThat(relocation).isEnded().hasPassed("EndEvent_Relocated");
		assertThat(requests.findByProcessInstanceId(relocation.getId()).orElseThrow().getStatus())
			.isEqualTo(RelocationStatus.ARRIVED);
	}

	@Test
	void anotherCounty_verifiesInItsOwnProcess_withoutTheCase() {
		ProcessInstance relocation = request("xinli", "2026-04-06");
		driver.complete(STAFF, "Task_OfficeOpinion", caseNumber, Map.of("officeOpinion", "同意"));
		ProcessInstance verification = verificationOf(relocation);
		assertThat(verification).task().hasCandidateGroup("dongli-bureau");
		assertThat(runtimeService.getVariables(verification.getId()).keySet()).doesNotContain("idNumber", "officeCode",
				"countyCode", "correctionType");
		driver.complete("dongli-bureau", "Task_VerifyAddress", caseNumber,
				Map.of("addressCheck", "NOT_CONFIRMED", "verificationNote", "该地址无此人租住记录"));
		assertThat(relocation).isWaitingAt("Task_CountyDecision").task().hasCandidateGroup("ninghai-bureau");
		assertThat(relocation).variables().containsEntry("addressVerified", false);
	}

	@Test
	void rejected_theReasonIsRecorded_andTheSubjectStays() {
		ProcessInstance relocation = throughConsultation("qiantong");
		driver.complete("ninghai-bureau", "Task_CountyDecision", caseNumber,
				Map.of("decision", "REJECT", "decisionNote", "新住址不稳定"));
		assertThat(relocation).isEnded().hasPassed("EndEvent_Rejected");
		assertThat(caseFiles.get(caseNumber).getOfficeCode()).isEqualTo("sangzhou");
		RelocationRequest request = requests.findByProcessInstanceId(relocation.getId()).orElseThrow();
		assertThat(request.getStatus()).isEqualTo(RelocationStatus.REJECTED);
		assertThat(request.getDecisionNote()).isEqualTo("新住址不稳定");
	}

	@Test
	void notArrivedInSevenDays_receivingOfficeSearches_andSendingOfficeIsTold() {
		ProcessInstance relocation = throughConsultation("qiantong");
		driver.complete("ninghai-bureau", "Task_CountyDecision", caseNumber, Map.of("decision", "APPROVE"));
		ProcessDriver.clockAt(LocalDate.of(2026, 3, 10));
		execute(job("Timer_NotArrived", relocation));
		assertThat(relocation).isWaitingAt("Task_ConfirmArrival", "Task_SearchPerson", "Task_NotifySending",
				"Task_TransferFile");
		assertThat(relocation).task("Task_SearchPerson").hasCandidateGroup("qiantong-staff");
		assertThat(relocation).task("Task_NotifySending").hasCandidateGroup("sangzhou-staff");
	}

	@Test
	void cancelledInCockpit_whileTheReceivingCountyVerifies_closesTheRequest_andTakesTheVerificationWithIt() {
		ProcessInstance relocation = request("qiantong", "2026-04-06");
		driver.complete(STAFF, "Task_OfficeOpinion", caseNumber, Map.of("officeOpinion", "同意"));
		ProcessInstance verification = verificationOf(relocation);
		cancelInCockpit(relocation.getId());

		assertThat(relocation).isEnded();
		assertThat(verification).isEnded();
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("relocation-verification")
			.processInstanceBusinessKey(caseNumber).count()).isZero();
		assertThat(requests.findByProcessInstanceId(relocation.getId()).orElseThrow().getStatus())
			.isEqualTo(RelocationStatus.CANCELLED);
		assertThat(timeline.of(caseNumber)).haveExactly(1, cancellationBy(administrator, "未填写原因"))
			.haveExactly(1, cancellationBy(administrator, "迁居申请已撤销：未填写原因"))
			.noneMatch(line -> line.getKind().equals("RELOCATION_RECONSULTED"));

		assertThat(request("qiantong", "2026-04-06")).isWaitingAt("Task_OfficeOpinion");
	}

	@Test
	void cancelledThroughTheJavaApi_afterApproval_closesTheRequest_andTheSubjectStays() {
		ProcessInstance relocation = throughConsultation("qiantong");
		driver.complete("ninghai-bureau", "Task_CountyDecision", caseNumber, Map.of("decision", "APPROVE"));
		runtimeService.deleteProcessInstance(relocation.getId(), "对象撤回迁居申请");

		assertThat(requests.findByProcessInstanceId(relocation.getId()).orElseThrow().getStatus())
			.isEqualTo(RelocationStatus.CANCELLED);
		assertThat(caseFiles.get(caseNumber).getOfficeCode()).isEqualTo("sangzhou");
		assertThat(timeline.of(caseNumber)).haveExactly(1, cancellationBy(Timeline.SYSTEM, "对象撤回迁居申请"));
		startAs("leave", Map.of("caseNumber", caseNumber, "leaveFrom", "2026-03-16", "leaveTo", "2026-03-17",
				"destination", "宁波", "reason", "探亲"));
	}

	@Test
	void aVerificationCancelledOnItsOwn_isAskedAgain_andTheRelocationGoesOn() {
		ProcessInstance relocation = request("qiantong", "2026-04-06");
		driver.complete(STAFF, "Task_OfficeOpinion", caseNumber, Map.of("officeOpinion", "同意"));
		ProcessInstance cancelled = verificationOf(relocation);
		cancelInCockpit(cancelled.getId());

		ProcessInstance again = verificationOf(relocation);
		assertThat(again.getId()).isNotEqualTo(cancelled.getId());
		assertThat(again).isWaitingAt("Task_VerifyAddress").task().hasCandidateGroup("ninghai-bureau");
		assertThat(relocation).isWaitingAt("Event_AddressVerified");
		assertThat(requests.findByProcessInstanceId(relocation.getId()).orElseThrow().getStatus())
			.isEqualTo(RelocationStatus.REQUESTED);
		assertThat(timeline.of(caseNumber)).haveExactly(1, cancellationBy(administrator, "未填写原因"))
			.anySatisfy(line -> assertThat(line.getKind()).isEqualTo("RELOCATION_RECONSULTED"));

		driver.complete("ninghai-bureau", "Task_VerifyAddress", caseNumber,
				Map.of("addressCheck", "CONFIRMED", "verificationNote", "属实"));
		assertThat(relocation).isWaitingAt("Task_CountyDecision");
	}

	@Test
	void badRequests_areRefusedWithTheField_andNothingIsCreated() {
		long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("relocation").count();
		assertRefused("relocation", with(relocationRequest("sangzhou", "2026-04-06"), "caseNumber", caseNumber), "targetOfficeCode");
		assertRefused("relocation", relocationRequest("nowhere", "2026-04-06"), "targetOfficeCode");
		assertRefused("relocation", relocationRequest("qiantong", "2026-03-01"), "plannedMoveOn");
		assertRefused("relocation", with(relocationRequest("qiantong", "2026-04-06"), "caseNumber", "SQJZ-2026-999999"),
				"caseNumber");
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("relocation").count()).isEqualTo(before);
	}

	@Test
	void anOpenLeaveBlocksARelocation_andTheReverse() {
		Map<String, Object> leave = new HashMap<>(Map.of("caseNumber", caseNumber, "leaveFrom", "2026-03-16", "leaveTo",
				"2026-03-17", "destination", "宁波", "reason", "探亲"));
		startAs("leave", leave);
		assertRefused("relocation", relocationRequest("qiantong", "2026-04-06"), "caseNumber");

		runtimeService.createProcessInstanceQuery().processDefinitionKey("leave").processInstanceBusinessKey(caseNumber)
			.list().forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test"));
		String otherCase = IntakeScenarios.underSupervision(rest, driver);
		ProcessDriver.clockAt(LocalDate.of(2026, 3, 2));
		startAs("relocation", with(relocationRequest("qiantong", "2026-04-06"), "caseNumber", otherCase));
		assertRefused("leave", with(leave, "caseNumber", otherCase), "caseNumber");
	}

	private ProcessInstance throughConsultation(String target) {
		ProcessInstance relocation = request(target, "2026-04-06");
		driver.complete(STAFF, "Task_OfficeOpinion", caseNumber, Map.of("officeOpinion", "同意"));
		driver.complete("ninghai-bureau", "Task_VerifyAddress", caseNumber,
				Map.of("addressCheck", "CONFIRMED", "verificationNote", "属实"));
		return relocation;
	}

	private ProcessInstance request(String target, String plannedMoveOn) {
		return startAs("relocation", relocationRequest(target, plannedMoveOn));
	}

	private ProcessInstance startAs(String key, Map<String, Object> variables) {
		identityService.setAuthentication(STAFF, List.of("sangzhou-staff"));
		try {
			return processEngine.getFormService().submitStartForm(processEngine.getRepositoryService()
				.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId(), variables);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	private ProcessInstance verificationOf(ProcessInstance relocation) {
		return runtimeService.createProcessInstanceQuery().processDefinitionKey("relocation-verification")
			.variableValueEquals("requestingProcessInstanceId", relocation.getId()).singleResult();
	}

	private List<Task> visibleTasks(String user, String group) {
		identityService.setAuthentication(user, List.of(group));
		try {
			return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list();
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	private Map<String, Object> relocationRequest(String target, String plannedMoveOn) {
		return new HashMap<>(Map.of("caseNumber", caseNumber, "targetOfficeCode", target, "newAddress", "前童镇鹿山村8号",
				"plannedMoveOn", plannedMoveOn, "reason", "随子女居住"));
	}

	private void assertRefused(String key, Map<String, Object> request, String field) {
		Map<String, Object> variables = new HashMap<>();
		request.forEach((k, v) -> variables.put(k, Map.of("value", v)));
		ResponseEntity<Map> response = rest.withBasicAuth(STAFF, TestUsers.PASSWORD).postForEntity(
				"/engine-rest/process-definition/key/" + key + "/submit-form", Map.of("variables", variables), Map.class);
		assertThat(response.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) response.getBody().get("message")).as(field).contains(field);
	}

	private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
		Map<String, Object> copy = new HashMap<>(map);
		copy.put(key, value);
		return copy;
	}

}
