package org.huigui.intake;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.huigui.system.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two intakes to look at on a first start of the embedded default, entered as office staff would:
 * one at 桑洲镇司法所 and one at 新立街道司法所. Never in the {@code postgres} profile.
 */
@Component
@Profile("!postgres")
@Order(30)
class DemoIntakes implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoIntakes.class);

	private final RuntimeService runtimeService;

	private final IntakeStart intakeStart;

	private final IdentityService identityService;

	DemoIntakes(RuntimeService runtimeService, IntakeStart intakeStart, IdentityService identityService) {
		this.runtimeService = runtimeService;
		this.intakeStart = intakeStart;
		this.identityService = identityService;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (runtimeService.createProcessInstanceQuery().processDefinitionKey(IntakeStart.PROCESS_KEY).count() > 0) {
			return;
		}
		LocalDate judgment = Fields.today().minusDays(3);
		start("sangzhou-staff", "陈立新", "330226198507140019", "MALE", "PROBATION", "sangzhou", "宁海县人民法院", judgment);
		start("xinli-staff", "刘晓燕", "120110199211230022", "FEMALE", "PAROLE", "xinli", "天津市第一中级人民法院", judgment);
		log.info("Demo intakes started for sangzhou and xinli");
	}

	private void start(String staff, String name, String idNumber, String gender, String type, String office,
			String organ, LocalDate judgment) {
		identityService.setAuthentication(staff, identityService.createGroupQuery().groupMember(staff).list().stream()
			.map(Group::getId).toList());
		try {
			intakeStart.submit(Map.of("personName", name, "idNumber", idNumber, "gender", gender,
					"correctionType", type, "officeCode", office, "decisionOrgan", organ, "judgmentEffectiveOn",
					judgment.toString(), "termStart", judgment.toString(), "termEnd",
					judgment.plusYears(1).minusDays(1).toString()));
		}
		finally {
			identityService.clearAuthentication();
		}
	}

}
