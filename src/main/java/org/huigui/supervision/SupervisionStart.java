package org.huigui.supervision;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.huigui.casefile.CaseFile;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.CaseStatus;
import org.huigui.casefile.CaseVariables;
import org.huigui.casefile.Timeline;
import org.huigui.system.Fields;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way into supervision during the term (矫正期间监督管理): starts the case's {@value #PROCESS_KEY} process,
 * keyed by the case number, in the caller's transaction, from today; the job executor arranges its work right after
 * (the diagram is asynchronous after its start). Intake calls it when it puts a case under supervision; at start-up
 * it is called once for cases that were under supervision before supervision existed. The end of correction ends it
 * with the message {@value #CORRECTION_ENDED}.
 */
@Component
@Transactional
@EnableConfigurationProperties(SupervisionProperties.class)
public class SupervisionStart {

	public static final String PROCESS_KEY = "supervision";

	/** The message that ends a case's supervision, correlated by its business key (the case number). */
	public static final String CORRECTION_ENDED = "CorrectionEnded";

	private final SupervisionRepository supervisions;

	private final CaseFiles caseFiles;

	private final CaseVariables caseVariables;

	private final Timeline timeline;

	private final RuntimeService runtimeService;

	SupervisionStart(SupervisionRepository supervisions, CaseFiles caseFiles, CaseVariables caseVariables,
			Timeline timeline, RuntimeService runtimeService) {
		this.supervisions = supervisions;
		this.caseFiles = caseFiles;
		this.caseVariables = caseVariables;
		this.timeline = timeline;
		this.runtimeService = runtimeService;
	}

	/** Starts supervision of a case under supervision; a case that already has it keeps the one it has. */
	public void begin(String caseNumber) {
		CaseFile caseFile = caseFiles.get(caseNumber);
		if (caseFile.getStatus() != CaseStatus.UNDER_SUPERVISION) {
			throw new IllegalStateException(caseNumber + " is not under supervision: " + caseFile.getStatus());
		}
		if (supervisions.existsById(caseNumber)) {
			return;
		}
		Supervision supervision = supervisions.save(new Supervision(caseNumber, Fields.today(),
				ClockUtil.getCurrentTime().toInstant()));
		run(supervision, caseFile);
		timeline.record(caseNumber, "SUPERVISION_STARTED", "开始在矫期间监督管理",
				"管理等级：" + caseFile.getGrade().label() + "，按等级安排报到、汇报、个别教育和实地查访，每月考核");
	}

	/** Supervision's instance was deleted while the case is still supervised: it runs again from its record. */
	void restart(String caseNumber) {
		supervisions.findById(caseNumber)
			.filter(supervision -> supervision.getEndedOn() == null)
			.filter(supervision -> caseFiles.get(caseNumber).getStatus() == CaseStatus.UNDER_SUPERVISION)
			.ifPresent(supervision -> {
				run(supervision, caseFiles.get(caseNumber));
				timeline.record(caseNumber, "SUPERVISION_RESTARTED", "在矫期间监督管理流程被撤销，已按案件记录重新开始",
						"未完成的报到、汇报、谈话、查访和考核仍按原期限办理");
			});
	}

	private void run(Supervision supervision, CaseFile caseFile) {
		Map<String, Object> variables = new HashMap<>(caseVariables.of(caseFile));
		variables.put("caseNumber", caseFile.getCaseNumber());
		supervision.runBy(
				runtimeService.startProcessInstanceByKey(PROCESS_KEY, caseFile.getCaseNumber(), variables).getId());
	}

}
