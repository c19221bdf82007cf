package org.huigui.intake;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.huigui.system.DemoClerk;
import org.huigui.system.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Intakes to look at on a first start of the embedded default, entered as office staff would: two
 * waiting at 桑洲镇司法所 and 新立街道司法所, and one at 桑洲镇司法所 already under supervision, so that leave
 * and relocation can be tried at once. Never in the {@code postgres} profile.
 */
@Component
@Profile("!postgres")
@Order(30)
class DemoIntakes implements ApplicationRunner {

	private static final String SUPERVISED_ID = "330226197806050035";

	private static final Logger log = LoggerFactory.getLogger(DemoIntakes.class);

	private final RuntimeService runtimeService;

	private final DemoClerk clerk;

	DemoIntakes(RuntimeService runtimeService, DemoClerk clerk) {
		this.runtimeService = runtimeService;
		this.clerk = clerk;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (runtimeService.createProcessInstanceQuery().processDefinitionKey(IntakeController.PROCESS_KEY).count() > 0) {
			return;
		}
		LocalDate judgment = Fields.today().minusDays(3);
		start("sangzhou-staff", "陈立新", "330226198507140019", "MALE", "PROBATION", "sangzhou", "宁海县人民法院", judgment);
		start("xinli-staff", "刘晓燕", "120110199211230022", "FEMALE", "PAROLE", "xinli", "天津市第一中级人民法院", judgment);
		String supervised = start("sangzhou-staff", "周建国", SUPERVISED_ID, "MALE", "PROBATION", "sangzhou", "宁海县人民法院",
				judgment);
		completeIntake(supervised);
		log.info("Demo intakes started for sangzhou and xinli; {} is under supervision, ready for leave and relocation",
				supervised);
	}

	/** Takes a demo case through every intake step, as sangzhou's staff would in Tasklist. */
	private void completeIntake(String caseNumber) {
		String today = Fields.today().toString();
		complete(caseNumber, "Task_CheckDocuments", Map.of("documentsCheck", "COMPLETE"));
		complete(caseNumber, "Task_RegisterReport", Map.of("reportedOn", today, "identityVerified", true,
				"guaranteeLetterSigned", true, "volunteerAgreementSigned", true, "guardianAgreementSigned", true,
				"obligationsInformed", true, "phone", "13900000000", "address", "桑洲镇南岭村3号"));
		complete(caseNumber, "Task_BuildFile", Map.of("fileNumber", "SZ-DEMO-1", "fileBuiltOn", today));
		complete(caseNumber, "Task_PlanAndGroup", Map.of("planSummary", "每月书面汇报一次，参加公益劳动和集中教育。",
				"groupLeader", "桑洲所 工作人员", "villageMember", "南岭村 村委", "familyMember", "妻子"));
		complete(caseNumber, "Task_Announce", Map.of("announcedOn", today, "announcementPlace", "桑洲镇司法所",
				"groupPresent", true));
	}

	private void complete(String caseNumber, String taskKey, Map<String, Object> variables) {
		clerk.complete("sangzhou-staff", caseNumber, taskKey, variables);
	}

	private String start(String staff, String name, String idNumber, String gender, String type, String office,
			String organ, LocalDate judgment) {
		Map<String, Object> startForm = Map.of("personName", name, "idNumber", idNumber, "gender", gender,
				"correctionType", type, "officeCode", office, "decisionOrgan", organ, "judgmentEffectiveOn",
				judgment.toString(), "termStart", judgment.toString(), "termEnd", judgment.plusYears(1).minusDays(1).toString());
		return clerk.start(staff, IntakeController.PROCESS_KEY, startForm).getBusinessKey();
	}

}
