package org.huigui.supervision;

import org.huigui.casefile.CaseStatus;
import org.huigui.casefile.CaseType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, after the diagrams are deployed: every case already under supervision without supervision (put
 * under supervision before it existed) gets it, from today, once. Each case in its own transaction.
 */
@Component
@Order(25)
class SupervisionUpgrade implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SupervisionUpgrade.class);

	private final SupervisionRepository supervisions;

	private final SupervisionStart supervisionStart;

	private final TransactionTemplate transaction;

	SupervisionUpgrade(SupervisionRepository supervisions, SupervisionStart supervisionStart,
			TransactionTemplate transaction) {
		this.supervisions = supervisions;
		this.supervisionStart = supervisionStart;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		int started = startMissing();
		if (started > 0) {
			log.info("在矫期间监督管理：为 {} 个此前已列管的案件开始监督管理", started);
		}
	}

	int startMissing() {
		int started = 0;
		for (String caseNumber : supervisions.findCasesWithout(CaseType.COMMUNITY_CORRECTION,
				CaseStatus.UNDER_SUPERVISION)) {
			transaction.executeWithoutResult(status -> supervisionStart.begin(caseNumber));
			started++;
		}
		return started;
	}

}
