package org.huigui.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.huigui.casefile.CaseFile;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.CaseStatus;
import org.huigui.casefile.CaseType;
import org.huigui.casefile.DocumentKind;
import org.huigui.casefile.Timeline;
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
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The prison handover (刑满释放人员衔接) scenarios, on H2 ({@link HandoverProcessTest}) and PostgreSQL
 * ({@link HandoverProcessIT}): a notice through the REST API, verification, the category table and its
 * override, key subjects collected at the gate, general subjects reporting within 15 days or searched for,
 * first-month relief, the assistance case at the end, and refused or repeated notices.
 */
public abstract class HandoverScenarios extends ProcessScenarios {

	static final String STAFF = "sangzhou-staff";

	static final String HEAD = "sangzhou-head";

	static final LocalDate NOTICE_DAY = LocalDate.of(2026, 3, 2);

	static final LocalDate RELEASE_DAY = LocalDate.of(2026, 4, 1);

	@Autowired
	DecisionService decisionService;

	@Autowired
	ReleaseNoticeRepository notices;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	Timeline timeline;

	@Autowired
	ManagementService managementService;

	/** Behaves as the real service unless a test makes it fail. */
	@MockitoSpyBean
	ReleaseNotices spiedNotices;

	@BeforeEach
	void noticeDay() {
		ProcessDriver.clockAt(NOTICE_DAY);
	}

	@ParameterizedTest(name = "{0}, {1}, {2} months, family {3}: {4}")
	@CsvSource({ "POOR, PROPERTY, 12, GOOD, KEY", "GOOD, ORGANISED, 12, GOOD, KEY", "GOOD, DRUG, 6, GOOD, KEY",
			"GOOD, PROPERTY, 12, NONE, KEY", "GOOD, PROPERTY, 120, GOOD, KEY", "GOOD, PROPERTY, 119, GOOD, GENERAL",
			"ORDINARY, PROPERTY, 24, WEAK, KEY", "GOOD, PROPERTY, 24, WEAK, GENERAL", "ORDINARY, NEGLIGENT, 24, GOOD, GENERAL" })
	void categoryTable(String assessment, String offenceType, int months, String family, String category) {
		var result = decisionService.evaluateDecisionByKey("assistance-category")
			.variables(Map.of("prisonAssessment", assessment, "offenceType", offenceType, "sentenceMonths", months,
					"familySupport", family))
			.evaluate().getSingleResult();
		assertThat((String) result.getEntry("category")).isEqualTo(category);
		assertThat((String) result.getEntry("reason")).isNotBlank();
	}

	@Test
	void keySubject_collectedAtTheGate_reliefPaid_andAssistanceBegins() {
		ProcessInstance handover = receive(notice("VIOLENT", "故意伤害罪", "GOOD"));
		assertThat(handover).isWaitingAt("Task_Verify");
		assertThat(handover).task().hasCandidateGroup("sangzhou-staff");
		assertThat(driver.task(reference(handover), "Task_Verify").getDueDate())
			.isEqualTo(ProcessDriver.endOf(LocalDate.of(2026, 3, 11)));

		verify(handover, "GOOD", "NO_INCOME");
		assertThat(handover).isWaitingAt("Task_Classify");
		assertThat(handover).variables().containsEntry("recommendedCategory", "KEY").containsEntry("category", "KEY")
			.containsEntry("recommendationReason", "暴力、涉毒或性犯罪");
		classify(handover, "KEY", null);

		assertThat(handover).isWaitingAt("Task_Collect");
		assertThat(driver.task(reference(handover), "Task_Collect").getDueDate()).isEqualTo(ProcessDriver.endOf(RELEASE_DAY));
		assertThatThrownBy(() -> driver.complete(STAFF, "Task_Collect", reference(handover), collection(NOTICE_DAY)))
			.isInstanceOf(InputRejected.class).hasMessageContaining("collectedOn：不能早于释放日期");
		ProcessDriver.clockAt(RELEASE_DAY);
		driver.complete(STAFF, "Task_Collect", reference(handover), collection(RELEASE_DAY));

		assertThat(handover).isWaitingAt("Task_ArrangeRelief");
		assertThat(handover).variables().containsEntry("reliefAmount", "1340");
		driver.complete(STAFF, "Task_ArrangeRelief", reference(handover),
				Map.of("paidOn", RELEASE_DAY.toString(), "paymentReference", "DL-2026-0401"));
		assertThat(handover).isWaitingAt("Task_OpenAssistanceCase");
		execute(job("Task_OpenAssistanceCase", handover));

		assertThat(handover).isEnded().hasPassed("Task_OpenAssistanceCase", "EndEvent_HandedOver");
		String caseNumber = (String) historicVariable(handover, "caseNumber");
		assertThat(caseNumber).matches("AZBJ-2026-\\d{6}");
		CaseFile assistanceCase = caseFiles.get(caseNumber);
		assertThat(assistanceCase.getCaseType()).isEqualTo(CaseType.RESETTLEMENT_ASSISTANCE);
		assertThat(assistanceCase.getStatus()).isEqualTo(CaseStatus.UNDER_ASSISTANCE);
		assertThat(caseFiles.documentsOf(caseNumber)).extracting(d -> d.getKind()).containsExactly(DocumentKind.ASSISTANCE_AGREEMENT);
		assertThat(timeline.of(caseNumber)).anySatisfy(e -> assertThat(e.getDetail())
			.contains(reference(handover), "到监所接回", "首月救助金 1340 元"));
		ReleaseNotice stored = notices.findById(reference(handover)).orElseThrow();
		assertThat(stored.getStatus()).isEqualTo(HandoverStatus.COMPLETED);
		assertThat(stored.getReliefAmount()).isEqualByComparingTo("1340");
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("aftercare")
			.processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);
	}

	@Test
	void generalSubject_notReportedIn15Days_headSearches_andReportStaysOpen() {
		ProcessInstance handover = receive(notice("PROPERTY", "盗窃罪", "GOOD"));
		verify(handover, "GOOD", "HAS_INCOME");
		assertThat(handover).variables().containsEntry("recommendedCategory", "GENERAL");
		classify(handover, "GENERAL", null);
		assertThat(handover).isWaitingAt("Task_Report");
		assertThat(driver.task(reference(handover), "Task_Report").getDueDate())
			.isEqualTo(ProcessDriver.endOf(RELEASE_DAY.plusDays(15)));

		ProcessDriver.clockAt(RELEASE_DAY.plusDays(16));
		execute(job("Timer_NotReported", handover));
		assertThat(handover).isWaitingAt("Task_Report", "Task_FindPerson");
		assertThat(handover).task("Task_FindPerson").hasCandidateGroup("sangzhou-head");
		assertThat(notices.findById(reference(handover)).orElseThrow().isOverdue()).isTrue();
		driver.complete(HEAD, "Task_FindPerson", reference(handover),
				Map.of("searchResult", "FOUND", "searchNote", "经村委会联系，已督促其三日内报到"));

		assertThatThrownBy(() -> driver.complete(STAFF, "Task_Report", reference(handover),
				Map.of("reportedOn", RELEASE_DAY.minusDays(1).toString(), "releaseCertificateChecked", true,
						"agreementSigned", true)))
			.isInstanceOf(InputRejected.class).hasMessageContaining("reportedOn");
		driver.complete(STAFF, "Task_Report", reference(handover), Map.of("reportedOn", RELEASE_DAY.plusDays(16).toString(),
				"releaseCertificateChecked", true, "agreementSigned", true));
		execute(job("Task_OpenAssistanceCase", handover));
		assertThat(handover).isEnded().hasNotPassed("Task_ArrangeRelief");
		String caseNumber = (String) historicVariable(handover, "caseNumber");
		assertThat(timeline.of(caseNumber)).anySatisfy(e -> assertThat(e.getDetail()).contains("曾逾期转所长查找"));
	}

	@Test
	void keySubject_notCollectedOnTheReleaseDay_escalatesToTheHead() {
		ProcessInstance handover = receive(notice("DRUG", "贩卖毒品罪", "GOOD"));
		verify(handover, "GOOD", "HAS_INCOME");
		classify(handover, "KEY", null);
		ProcessDriver.clockAt(RELEASE_DAY.plusDays(1));
		execute(job("Timer_NotCollected", handover));
		assertThat(handover).isWaitingAt("Task_Collect", "Task_SearchNotCollected");
		assertThat(handover).task("Task_SearchNotCollected").hasCandidateGroup("sangzhou-head");
	}

	@Test
	void overridingTheRecommendedCategory_needsAReason() {
		ProcessInstance handover = receive(notice("PROPERTY", "盗窃罪", "GOOD"));
		verify(handover, "GOOD", "HAS_INCOME");
		assertThatThrownBy(() -> classify(handover, "KEY", null)).isInstanceOf(InputRejected.class)
			.hasMessageContaining("categoryNote");
		assertThat(handover).isWaitingAt("Task_Classify");
		classify(handover, "KEY", "其家属反映出狱后有报复被害人的言语");
		assertThat(handover).isWaitingAt("Task_Collect");
		assertThat(notices.findById(reference(handover)).orElseThrow().getRecommendedCategory().name()).isEqualTo("GENERAL");
	}

	@Test
	void theSameNoticeTwice_startsNothingNew_andSaysSo() {
		Map<String, Object> notice = notice("PROPERTY", "盗窃罪", "GOOD");
		ResponseEntity<Map> first = post(notice);
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long handovers = runtimeService.createProcessInstanceQuery().processDefinitionKey("prison-handover").count();

		ResponseEntity<Map> again = post(notice);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(again.getBody()).containsEntry("duplicate", true).containsEntry("reference", first.getBody().get("reference"));
		assertThat((String) again.getBody().get("message")).contains("未重复登记");
		assertThatThrownBy(() -> startForm(STAFF, "prison-handover", notice)).isInstanceOf(InputRejected.class)
			.hasMessageContaining((String) first.getBody().get("reference"));
		Map<String, Object> anotherDate = new HashMap<>(notice);
		anotherDate.put("releaseDate", RELEASE_DAY.plusDays(10).toString());
		ResponseEntity<Map> whileRunning = post(anotherDate);
		assertThat(whileRunning.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) whileRunning.getBody().get("message")).contains("进行中的衔接", (String) first.getBody().get("reference"));
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("prison-handover").count())
			.isEqualTo(handovers);
	}

	@Test
	void cancelledThroughTheJavaApi_closesTheNotice_andALaterNoticeForThePersonIsAccepted() {
		Map<String, Object> notice = notice("PROPERTY", "盗窃罪", "GOOD");
		ProcessInstance handover = receive(notice);
		verify(handover, "GOOD", "HAS_INCOME");
		runtimeService.deleteProcessInstance(handover.getId(), "通知所列居住地有误");

		assertThat(notices.findById(reference(handover)).orElseThrow().getStatus()).isEqualTo(HandoverStatus.CANCELLED);
		Map<String, Object> corrected = new HashMap<>(notice);
		corrected.put("releaseDate", RELEASE_DAY.plusDays(1).toString());
		assertThat(receive(corrected)).isWaitingAt("Task_Verify");
	}

	@Test
	void cancelledInCockpit_aNoticeLinkedToAnAssistanceCase_saysSoOnItsTimeline() {
		Map<String, Object> first = notice("PROPERTY", "盗窃罪", "GOOD");
		String caseNumber = handOverAsGeneral(receive(first));
		Map<String, Object> second = new HashMap<>(first);
		second.put("releaseDate", RELEASE_DAY.plusMonths(2).toString());
		ProcessInstance linked = receive(second);
		cancelInCockpit(linked.getId());

		assertThat(notices.findById(reference(linked)).orElseThrow().getStatus()).isEqualTo(HandoverStatus.CANCELLED);
		assertThat(timeline.of(caseNumber)).anySatisfy(line -> {
			assertThat(line.getKind()).isEqualTo("RELEASE_NOTICE_CANCELLED");
			assertThat(line.getUserId()).isEqualTo(administrator);
			assertThat(line.getDetail()).isEqualTo("撤销人：" + administrator + "；原因：未填写原因");
		});
		assertThat(caseFiles.get(caseNumber).getStatus()).isEqualTo(CaseStatus.UNDER_ASSISTANCE);
	}

	@Test
	void aNoticeForSomeoneInAssistance_isLinkedToTheOpenCase() {
		Map<String, Object> first = notice("PROPERTY", "盗窃罪", "GOOD");
		String caseNumber = handOverAsGeneral(receive(first));

		Map<String, Object> second = new HashMap<>(first);
		second.put("releaseDate", RELEASE_DAY.plusMonths(2).toString());
		second.put("offenceType", "VIOLENT");
		ResponseEntity<Map> linked = post(second);
		assertThat(linked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(linked.getBody()).containsEntry("linkedCaseNumber", caseNumber);
		assertThat(timeline.of(caseNumber)).anySatisfy(e -> assertThat(e.getKind()).isEqualTo("RELEASE_NOTICE_LINKED"));

		ProcessInstance handover = runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey((String) linked.getBody().get("reference")).singleResult();
		verify(handover, "GOOD", "HAS_INCOME");
		classify(handover, "KEY", null);
		ProcessDriver.clockAt(RELEASE_DAY.plusMonths(2));
		driver.complete(STAFF, "Task_Collect", reference(handover), collection(RELEASE_DAY.plusMonths(2)));
		execute(job("Task_OpenAssistanceCase", handover));
		assertThat(handover).isEnded();
		assertThat(historicVariable(handover, "caseNumber")).isEqualTo(caseNumber);
		assertThat(caseFiles.openCaseOf((String) first.get("idNumber")).orElseThrow().getCaseNumber()).isEqualTo(caseNumber);
		assertThat(timeline.of(caseNumber)).anySatisfy(e -> assertThat(e.getSummary()).contains("帮教类别调整：一般 → 重点"));
	}

	@Test
	void badNotices_areRefusedWithTheField_andNothingIsCreated() {
		long handovers = runtimeService.createProcessInstanceQuery().processDefinitionKey("prison-handover").count();
		long stored = notices.count();
		assertRefused(with("releaseDate", NOTICE_DAY.minusYears(1).minusDays(1).toString()), "releaseDate");
		assertRefused(with("releaseDate", "2026-02-30"), "releaseDate");
		assertRefused(with("officeCode", "nowhere"), "officeCode");
		assertRefused(with("idNumber", "330226199003071238"), "idNumber");
		assertRefused(with("sentence", "三年"), "sentence");
		assertRefused(with("offenceType", "MURDER"), "offenceType");
		assertRefused(with("personName", ""), "personName");
		assertRefused(with("remarks", "unknown field"), "remarks");
		assertRefused(with("gender", Map.of("nested", "object")), "gender");
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("prison-handover").count())
			.isEqualTo(handovers);
		assertThat(notices.count()).isEqualTo(stored);
	}

	@Test
	void aNoticeForSomeoneInCommunityCorrection_isRefused() {
		Map<String, Object> intake = org.huigui.intake.IntakeScenarios.application(NOTICE_DAY.minusDays(3), "MALE");
		ResponseEntity<Map> started = rest.withBasicAuth(STAFF, TestUsers.PASSWORD).postForEntity("/api/intakes", intake, Map.class);
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Map<String, Object> notice = notice("PROPERTY", "盗窃罪", "GOOD");
		notice.put("idNumber", intake.get("idNumber"));
		assertRefused(notice, "idNumber");
	}

	@Test
	void aFailingLastStep_leavesNothingBehind_retries_raisesAnIncident_andCompletesOnceFixed() {
		Map<String, Object> notice = notice("PROPERTY", "盗窃罪", "GOOD");
		String idNumber = (String) notice.get("idNumber");
		ProcessInstance handover = receive(notice);
		verify(handover, "GOOD", "HAS_INCOME");
		classify(handover, "GENERAL", null);
		ProcessDriver.clockAt(RELEASE_DAY.plusDays(2));
		long aftercares = runtimeService.createProcessInstanceQuery().processDefinitionKey("aftercare").count();
		doThrow(new IllegalStateException("case store unavailable")).when(spiedNotices).completed(any(), any());
		try {
			driver.complete(STAFF, "Task_Report", reference(handover), Map.of("reportedOn",
					RELEASE_DAY.plusDays(2).toString(), "releaseCertificateChecked", true, "agreementSigned", true));
			assertThat(handover).as("the user's step is saved; the failing one runs on its own").isWaitingAt("Task_OpenAssistanceCase");

			for (int retriesLeft = 2; retriesLeft >= 0; retriesLeft--) {
				String jobId = jobOf(handover).getId();
				assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("case store unavailable");
				assertThat(caseFiles.openCaseOf(idNumber)).as("the case the step opened is rolled back").isEmpty();
				assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("aftercare").count())
					.isEqualTo(aftercares);
				Job failed = jobOf(handover);
				assertThat(failed.getRetries()).isEqualTo(retriesLeft);
				if (retriesLeft > 0) {
					assertThat(failed.getDuedate()).as("retried five minutes later")
						.isEqualTo(new Date(ClockUtil.getCurrentTime().getTime() + 5 * 60 * 1000));
				}
			}
			assertThat(runtimeService.createIncidentQuery().processInstanceId(handover.getId()).singleResult().getActivityId())
				.isEqualTo("Task_OpenAssistanceCase");
		}
		finally {
			doCallRealMethod().when(spiedNotices).completed(any(), any());
		}
		managementService.setJobRetries(jobOf(handover).getId(), 1);
		managementService.executeJob(jobOf(handover).getId());
		assertThat(handover).isEnded();
		assertThat(runtimeService.createIncidentQuery().processInstanceId(handover.getId()).count()).isZero();
		String caseNumber = caseFiles.openCaseOf(idNumber).orElseThrow().getCaseNumber();
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("aftercare")
			.processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("aftercare").count()).isEqualTo(aftercares + 1);
	}

	private Job jobOf(ProcessInstance handover) {
		return managementService.createJobQuery().processInstanceId(handover.getId()).singleResult();
	}

	String handOverAsGeneral(ProcessInstance handover) {
		verify(handover, "GOOD", "HAS_INCOME");
		classify(handover, "GENERAL", null);
		ProcessDriver.clockAt(RELEASE_DAY.plusDays(2));
		driver.complete(STAFF, "Task_Report", reference(handover), Map.of("reportedOn", RELEASE_DAY.plusDays(2).toString(),
				"releaseCertificateChecked", true, "agreementSigned", true));
		execute(job("Task_OpenAssistanceCase", handover));
		return (String) historicVariable(handover, "caseNumber");
	}

	ProcessInstance receive(Map<String, Object> notice) {
		ResponseEntity<Map> answer = post(notice);
		assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.CREATED);
		return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey((String) answer.getBody().get("reference"))
			.singleResult();
	}

	ResponseEntity<Map> post(Map<String, Object> notice) {
		return rest.withBasicAuth(STAFF, TestUsers.PASSWORD).postForEntity("/api/release-notices", notice, Map.class);
	}

	void verify(ProcessInstance handover, String familySupport, String livelihood) {
		driver.complete(STAFF, "Task_Verify", reference(handover), Map.of("villageVerified", true, "policeVerified", true,
				"verifiedOn", NOTICE_DAY.toString(), "residence", "桑洲镇南岭村5号", "familySituation", "与母亲同住",
				"familySupport", familySupport, "livelihood", livelihood));
	}

	void classify(ProcessInstance handover, String category, String note) {
		Map<String, Object> form = new HashMap<>(Map.of("category", category, "recommendation", "建议出狱后安排技能培训，落实就业"));
		if (note != null) {
			form.put("categoryNote", note);
		}
		driver.complete(STAFF, "Task_Classify", reference(handover), form);
	}

	static Map<String, Object> collection(LocalDate on) {
		return Map.of("collectedOn", on.toString(), "officer", "王警官", "villageSecurityHead", "李主任", "familyMember", "母亲",
				"broughtToOffice", true, "agreementSigned", true);
	}

	public static Map<String, Object> notice(String offenceType, String offence, String assessment) {
		Map<String, Object> notice = new HashMap<>();
		notice.put("prisonerNumber", "3302261234");
		notice.put("personName", "赵小军");
		notice.put("idNumber", TestUsers.uniqueIdNumber());
		notice.put("gender", "MALE");
		notice.put("releaseDate", RELEASE_DAY.toString());
		notice.put("prisonName", "浙江省乔司监狱");
		notice.put("offence", offence);
		notice.put("offenceType", offenceType);
		notice.put("sentence", "36");
		notice.put("prisonAssessment", assessment);
		notice.put("officeCode", "sangzhou");
		return notice;
	}

	private Map<String, Object> with(String key, Object value) {
		Map<String, Object> notice = notice("PROPERTY", "盗窃罪", "GOOD");
		notice.put(key, value);
		return notice;
	}

	private void assertRefused(Map<String, Object> notice, String field) {
		ResponseEntity<Map> answer = post(notice);
		assertThat(answer.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody()).as(field).containsEntry("field", field);
		assertThat((String) answer.getBody().get("message")).as(field).startsWith(field + "：");
	}

	String reference(ProcessInstance handover) {
		return runtimeService.createProcessInstanceQuery().processInstanceId(handover.getId()).count() > 0
				? runtimeService.createProcessInstanceQuery().processInstanceId(handover.getId()).singleResult().getBusinessKey()
				: processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(handover.getId())
					.singleResult().getBusinessKey();
	}

	Object historicVariable(ProcessInstance instance, String name) {
		return processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
			.variableName(name).singleResult().getValue();
	}

}
