package org.huigui.aftercare;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.huigui.casefile.CaseFile;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.CaseVariables;
import org.huigui.casefile.DocumentKind;
import org.huigui.casefile.Timeline;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way into resettlement assistance (安置帮教), for the prison handover and, later, for the end
 * of community correction: opens the assistance case with its own number and starts its
 * {@value #PROCESS_KEY} process, keyed by the case number, in the caller's transaction.
 */
@Component
@Transactional
public class AssistanceStart {

	public static final String PROCESS_KEY = "aftercare";

	private final CaseFiles caseFiles;

	private final AssistanceRepository assistances;

	private final AssistanceCases assistanceCases;

	private final Timeline timeline;

	private final CaseVariables caseVariables;

	private final RuntimeService runtimeService;

	private final AftercareProperties properties;

	AssistanceStart(CaseFiles caseFiles, AssistanceRepository assistances, AssistanceCases assistanceCases,
			Timeline timeline, CaseVariables caseVariables, RuntimeService runtimeService, AftercareProperties properties) {
		this.caseFiles = caseFiles;
		this.assistances = assistances;
		this.assistanceCases = assistanceCases;
		this.timeline = timeline;
		this.caseVariables = caseVariables;
		this.runtimeService = runtimeService;
		this.properties = properties;
	}

	/** Opens the case and starts assistance; answers the new case number. */
	public String begin(AssistanceRequest request) {
		CaseFile caseFile = caseFiles.openAssistanceCase(request.person(), request.officeCode(),
				"列入安置帮教（%s，%s帮教对象）".formatted(request.basis().label(), request.category().label()),
				request.history());
		String caseNumber = caseFile.getCaseNumber();
		Assistance assistance = assistances.save(new Assistance(caseNumber, request, properties.periodFor(request.basis())));
		if (request.agreementSignedOn() != null) {
			caseFiles.recordSigned(caseNumber, DocumentKind.ASSISTANCE_AGREEMENT, request.agreementSignedOn());
		}
		Map<String, Object> variables = new HashMap<>(caseVariables.of(caseFile));
		variables.put("caseNumber", caseNumber);
		variables.put("category", assistance.getCategory().name());
		variables.put("assistanceEndsOn", assistance.getEndsOn().toString());
		caseFiles.linkProcess(caseNumber,
				runtimeService.startProcessInstanceByKey(PROCESS_KEY, caseNumber, variables).getId());
		return caseNumber;
	}

	/**
	 * A new notice about a person already in assistance: recorded on the open case, whose category
	 * becomes the one just decided, from the next visit period on.
	 */
	public void continueWith(String caseNumber, AssistanceCategory category, LocalDate agreementSignedOn, String summary,
			String detail) {
		timeline.record(caseNumber, "ASSISTANCE_CONTINUED", summary, detail);
		if (agreementSignedOn != null) {
			caseFiles.recordSigned(caseNumber, DocumentKind.ASSISTANCE_AGREEMENT, agreementSignedOn);
		}
		assistanceCases.recategorise(caseNumber, category, summary);
		runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(caseNumber)
			.active().list()
			.forEach(instance -> runtimeService.setVariable(instance.getId(), "category", category.name()));
	}

}
