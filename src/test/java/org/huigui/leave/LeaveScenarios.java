package org.huigui.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.huigui.casefile.Cancellation;
import org.huigui.casefile.Timeline;
import org.huigui.intake.IntakeScenarios;
import org.huigui.system.InputRejected;
import org.huigui.system.ProcessDriver;
import org.huigui.system.ProcessScenarios;
import org.huigui.system.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The leave (外出请假) scenarios, on H2 ({@link LeaveProcessTest}) and PostgreSQL ({@link LeaveProcessIT}):
 * every rule of {@code leave-approval.dmn} at its boundaries, approval, refusal and rejection, report-back
 * and the overstay escalation with the clock moved forward.
 */
abstract class LeaveScenarios extends ProcessScenarios {

	static final String STAFF = "sangzhou-staff";

	static final String HEAD = "sangzhou-head";

	static final String BUREAU = "ninghai-bureau";

	@Autowired
	DecisionService decisionService;

	@Autowired
	LeaveRequestRepository leaveRequests;

	@Autowired
	Timeline timeline;

	String caseNumber;

	@BeforeEach
	void underSupervision() {
		caseNumber = IntakeScenarios.underSupervision(rest, driver);
		ProcessDriver.clockAt(LocalDate.of(2026, 3, 2));
	}

	@ParameterizedTest(name = "{0} days, {1} this year: {2}")
	@CsvSource({ "1, 1, OFFICE, 3", "7, 7, OFFICE, 3", "7, 60, OFFICE, 3", "8, 8, COUNTY, 7", "30, 30, COUNTY, 7",
			"31, 31, REFUSED, 7", "5, 61, REFUSED, 7", "30, 60, COUNTY, 7", "8, 61, REFUSED, 7" })
	void approvalTable(int leaveDays, int leaveDaysThisYear, String level, int notice) {
		var result = decisionService.evaluateDecisionByKey("leave-approval")
			.variables(Map.of("leaveDays", leaveDays, "leaveDaysThisYear", leaveDaysThisYear)).evaluate().getSingleResult();
		assertThat((String) result.getEntry("approvalLevel")).isEqualTo(level);
		assertThat(((Number) result.getEntry("noticeWorkingDays")).intValue()).isEqualTo(notice);
		assertThat((String) result.getEntryMap().get("refusalReason")).matches(r -> level.equals("REFUSED") == (r != null));
	}

	@Test
	void sevenDays_headApproves_passIssued_andReportBackClosesIt() {
		ProcessInstance leave = requestLeave("2026-03-09", "2026-03-15");
		assertThat(leave).isWaitingAt("Task_HeadApproval");
		assertThat(leave).task().hasCandidateGroup("sangzhou-head");
		assertThat(leave).variables().containsEntry("leaveDays", 7).containsEntry("lateApplication", false);

		driver.complete(HEAD, "Task_HeadApproval", caseNumber, Map.of("decision", "APPROVE"));
		assertThat(leave).isWaitingAt("Task_ReportBack");
		assertThat(driver.task(caseNumber, "Task_ReportBack").getDueDate())
			.isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 3, 16)));
		LeaveRequest request = leaveRequests.findByProcessInstanceId(leave.getId()).orElseThrow();
		assertThat(request.getStatus()).isEqualTo(LeaveStatus.APPROVED);
		assertThat(request.getPassNumber()).matches("WCZM-2026-\\d{6}");

		ProcessDriver.clockAt(LocalDate.of(2026, 3, 15));
		driver.complete(STAFF, "Task_ReportBack", caseNumber, Map.of("returnedOn", "2026-03-15"));
		assertThat(leave).isEnded().hasPassed("EndEvent_Returned");
		assertThat(leaveRequests.findByProcessInstanceId(leave.getId()).orElseThrow().getStatus()).isEqualTo(LeaveStatus.RETURNED);
		assertThat(timeline.of(caseNumber)).extracting(e -> e.getKind())
			.contains("LEAVE_REQUESTED", "LEAVE_APPROVED", "LEAVE_RETURNED")
			.doesNotContain(Cancellation.TIMELINE_KIND);
	}

	@Test
	void cancelledInCockpit_closesTheRequest_saysWhoOnTheTimeline_andANewLeaveIsAccepted() {
		ProcessInstance leave = requestLeave("2026-03-09", "2026-03-15");
		cancelInCockpit(leave.getId());

		assertThat(leave).isEnded();
		LeaveRequest request = leaveRequests.findByProcessInstanceId(leave.getId()).orElseThrow();
		assertThat(request.getStatus()).isEqualTo(LeaveStatus.CANCELLED);
		assertThat(request.getDecisionNote()).isEqualTo("未填写原因");
		assertThat(timeline.of(caseNumber)).haveExactly(1, cancellationBy(administrator, "未填写原因"));
		assertThat(requestLeave("2026-03-09", "2026-03-15")).isWaitingAt("Task_HeadApproval");
	}

	@Test
	void cancelledThroughTheJavaApi_whileAway_closesTheApprovedLeave_withTheReason() {
		ProcessInstance leave = requestLeave("2026-03-09", "2026-03-10");
		driver.complete(HEAD, "Task_HeadApproval", caseNumber, Map.of("decision", "APPROVE"));
		ProcessDriver.clockAt(LocalDate.of(2026, 3, 12));
		execute(job("Timer_Overstay", leave));
		runtimeService.deleteProcessInstance(leave.getId(), "  重复申请，已另行办理  ");

		assertThat(leaveRequests.findByProcessInstanceId(leave.getId()).orElseThrow().getStatus())
			.isEqualTo(LeaveStatus.CANCELLED);
		assertThat(timeline.of(caseNumber)).haveExactly(1, cancellationBy(Timeline.SYSTEM, "重复申请，已另行办理"));
		assertThat(requestLeave("2026-03-16", "2026-03-17")).isWaitingAt("Task_HeadApproval");
	}

	@Test
	void eightDays_officeOpinionThenCountyBureau_rejectionNeedsAReason() {
		ProcessInstance leave = requestLeave("2026-03-16", "2026-03-23");
		assertThat(leave).isWaitingAt("Task_OfficeOpinion");
		driver.complete(STAFF, "Task_OfficeOpinion", caseNumber, Map.of("officeOpinion", "表现良好，同意外出"));
		assertThat(leave).isWaitingAt("Task_CountyApproval");
		assertThat(leave).task().hasCandidateGroup("ninghai-bureau");

		assertThatThrownBy(() -> driver.complete(BUREAU, "Task_CountyApproval", caseNumber, Map.of("decision", "REJECT")))
			.isInstanceOf(InputRejected.class).hasMessageContaining("decisionNote");
		driver.complete(BUREAU, "Task_CountyApproval", caseNumber,
				Map.of("decision", "REJECT", "decisionNote", "外出事由证明材料不足"));
		assertThat(leave).isEnded().hasPassed("EndEvent_Rejected");
		assertThat(leaveRequests.findByProcessInstanceId(leave.getId()).orElseThrow().getStatus()).isEqualTo(LeaveStatus.REJECTED);
		assertThat(timeline.of(caseNumber)).anySatisfy(e -> assertThat(e.getDetail()).isEqualTo("外出事由证明材料不足"));
	}

	@Test
	void thirtyOneDays_areRefusedAtOnce_withTheReasonAndNoTask() {
		ProcessInstance leave = requestLeave("2026-03-16", "2026-04-15");
		assertThat(leave).isEnded().hasPassed("EndEvent_Refused").hasNotPassed("Task_HeadApproval", "Task_OfficeOpinion");
		LeaveRequest request = leaveRequests.findByProcessInstanceId(leave.getId()).orElseThrow();
		assertThat(request.getStatus()).isEqualTo(LeaveStatus.REFUSED);
		assertThat(request.getDecisionNote()).contains("30日");
		assertThat(timeline.of(caseNumber)).anySatisfy(e -> assertThat(e.getKind()).isEqualTo("LEAVE_REFUSED"));
	}

	@Test
	void moreThanSixtyDaysInTheYear_areRefused_countingApprovedLeaves() {
		LeaveRequest earlier = new LeaveRequest(caseNumber, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 3), "宁波",
				"就医", "earlier-" + caseNumber, Instant.now());
		earlier.approve("WCZM-2026-999999", HEAD, null);
		earlier.returned(LocalDate.of(2026, 2, 3));
		LeaveRequest refused = new LeaveRequest(caseNumber, LocalDate.of(2026, 2, 5), LocalDate.of(2026, 2, 28), "宁波",
				"就医", "refused-" + caseNumber, Instant.now());
		refused.refuse("test");
		leaveRequests.save(earlier);
		leaveRequests.save(refused);

		ProcessInstance withinSixty = requestLeave("2026-03-16", "2026-04-14");
		assertThat(withinSixty).variables().containsEntry("leaveDaysThisYear", 60);
		assertThat(withinSixty).isWaitingAt("Task_OfficeOpinion");
		runtimeService.deleteProcessInstance(withinSixty.getId(), "test");

		ProcessInstance beyondSixty = requestLeave("2026-03-16", "2026-04-15");
		assertThat(beyondSixty).isEnded().hasPassed("EndEvent_Refused");
	}

	@Test
	void notReportedBackTheDayAfter_escalatesToTheHead_andReportBackStaysOpen() {
		ProcessInstance leave = requestLeave("2026-03-09", "2026-03-10");
		driver.complete(HEAD, "Task_HeadApproval", caseNumber, Map.of("decision", "APPROVE"));
		ProcessDriver.clockAt(LocalDate.of(2026, 3, 12));
		execute(job("Timer_Overstay", leave));
		assertThat(leave).isWaitingAt("Task_ReportBack", "Task_Overstay");
		assertThat(leave).task("Task_Overstay").hasCandidateGroup("sangzhou-head");
		driver.complete(HEAD, "Task_Overstay", caseNumber,
				Map.of("overstayAction", "ADMONITION_PROPOSED", "overstayNote", "电话责令返回"));
		driver.complete(STAFF, "Task_ReportBack", caseNumber, Map.of("returnedOn", "2026-03-12"));
		assertThat(leave).isEnded();
		assertThat(timeline.of(caseNumber)).anySatisfy(e -> assertThat(e.getSummary()).contains("逾期 2 日"));
	}

	@Test
	void lateApplication_isFlaggedNotBlocked() {
		ProcessInstance leave = requestLeave("2026-03-04", "2026-03-05");
		assertThat(leave).isWaitingAt("Task_HeadApproval");
		assertThat(leave).variables().containsEntry("lateApplication", true);
		assertThat(leaveRequests.findByProcessInstanceId(leave.getId()).orElseThrow().isLateApplication()).isTrue();
	}

	@Test
	void badRequests_areRefusedWithTheField_andNothingIsCreated() {
		long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("leave").count();
		assertRefused(request("2026-03-10", "2026-03-09"), "leaveTo");
		assertRefused(request("2026-03-01", "2026-03-03"), "leaveFrom");
		assertRefused(with(request("2026-03-10", "2026-03-12"), "caseNumber", "SQJZ-2026-999999"), "caseNumber");
		assertRefused(with(request("2026-03-10", "2026-03-12"), "caseNumber", "not-a-case"), "caseNumber");
		assertRefused(with(request("2026-03-10", "2026-03-12"), "leaveFrom", "2026-13-01"), "leaveFrom");
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("leave").count()).isEqualTo(before);

		requestLeave("2026-03-09", "2026-03-10");
		assertRefused(request("2026-03-20", "2026-03-21"), "caseNumber");
	}

	private ProcessInstance requestLeave(String from, String to) {
		identityService.setAuthentication(STAFF, java.util.List.of("sangzhou-staff"));
		try {
			return processEngine.getFormService().submitStartForm(
					processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("leave")
						.latestVersion().singleResult().getId(), request(from, to));
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	private Map<String, Object> request(String from, String to) {
		return new HashMap<>(Map.of("caseNumber", caseNumber, "leaveFrom", from, "leaveTo", to, "destination", "浙江省宁波市",
				"reason", "探望住院的母亲"));
	}

	private void assertRefused(Map<String, Object> request, String field) {
		Map<String, Object> variables = new HashMap<>();
		request.forEach((k, v) -> variables.put(k, Map.of("value", v)));
		ResponseEntity<Map> response = rest.withBasicAuth(STAFF, TestUsers.PASSWORD).postForEntity(
				"/engine-rest/process-definition/key/leave/submit-form", Map.of("variables", variables), Map.class);
		assertThat(response.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) response.getBody().get("message")).as(field).contains(field);
	}

	private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
		Map<String, Object> copy = new HashMap<>(map);
		copy.put(key, value);
		return copy;
	}

}
