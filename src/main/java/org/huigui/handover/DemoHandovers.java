package org.huigui.handover;

import java.time.LocalDate;
import java.util.HashMap;
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
 * Release notices to look at on a first start of the embedded default, entered as office staff would:
 * one at 桑洲镇司法所 waiting for verification (a key subject, released in three weeks), and one already
 * handed over into assistance, with its first visit and quarterly review open. Never in the
 * {@code postgres} profile.
 */
@Component
@Profile("!postgres")
@Order(35)
class DemoHandovers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHandovers.class);

	private static final String STAFF = "sangzhou-staff";

	private final RuntimeService runtimeService;

	private final DemoClerk clerk;

	DemoHandovers(RuntimeService runtimeService, DemoClerk clerk) {
		this.runtimeService = runtimeService;
		this.clerk = clerk;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (runtimeService.createProcessInstanceQuery().processDefinitionKey(ReleaseNoticeController.PROCESS_KEY).count() > 0) {
			return;
		}
		LocalDate today = Fields.today();
		String waiting = clerk.start(STAFF, ReleaseNoticeController.PROCESS_KEY, notice("孙海涛", "330226198901120032",
				today.plusWeeks(3), "故意伤害罪", "VIOLENT", 48, "ORDINARY")).getBusinessKey();
		String handedOver = clerk.start(STAFF, ReleaseNoticeController.PROCESS_KEY, notice("吴志明", "330226197512300019",
				today.minusDays(5), "盗窃罪", "PROPERTY", 30, "GOOD")).getBusinessKey();
		clerk.complete(STAFF, handedOver, "Task_Verify", Map.of("villageVerified", true, "policeVerified", true,
				"verifiedOn", today.toString(), "residence", "桑洲镇岭口村12号", "familySituation", "与妻子、女儿同住，家庭和睦",
				"familySupport", "GOOD", "livelihood", "HAS_INCOME"));
		clerk.complete(STAFF, handedOver, "Task_Classify", Map.of("category", "GENERAL",
				"recommendation", "建议出狱后由村委会协助联系镇上企业就业"));
		clerk.complete(STAFF, handedOver, "Task_Report", Map.of("reportedOn", today.toString(),
				"releaseCertificateChecked", true, "agreementSigned", true));
		log.info("Demo release notices: {} waiting for verification at sangzhou, {} handed over into assistance", waiting,
				handedOver);
	}

	private static Map<String, Object> notice(String name, String idNumber, LocalDate releaseDate, String offence,
			String offenceType, int sentenceMonths, String assessment) {
		Map<String, Object> notice = new HashMap<>();
		notice.put("prisonerNumber", "ZJ" + idNumber.substring(10, 16));
		notice.put("personName", name);
		notice.put("idNumber", idNumber);
		notice.put("gender", "MALE");
		notice.put("releaseDate", releaseDate.toString());
		notice.put("prisonName", "浙江省乔司监狱");
		notice.put("offence", offence);
		notice.put("offenceType", offenceType);
		notice.put("sentence", String.valueOf(sentenceMonths));
		notice.put("prisonAssessment", assessment);
		notice.put("officeCode", "sangzhou");
		return notice;
	}

}
