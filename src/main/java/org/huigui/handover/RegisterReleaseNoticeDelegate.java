package org.huigui.handover;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.aftercare.AssistanceCases;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.CaseVariables;
import org.huigui.casefile.ResidentIdNumber;
import org.huigui.identity.Office;
import org.huigui.identity.OfficeAccess;
import org.huigui.system.InputRejected;
import org.springframework.stereotype.Component;

/**
 * 登记刑满释放通知: checks the notice, refuses the same notice twice, links it to the person's open
 * assistance case if there is one, and keys the handover by its reference.
 */
@Component("registerReleaseNotice")
class RegisterReleaseNoticeDelegate implements JavaDelegate {

	private final ReleaseNotices notices;

	private final OfficeAccess officeAccess;

	private final CaseFiles caseFiles;

	private final AssistanceCases assistanceCases;

	private final CaseVariables caseVariables;

	RegisterReleaseNoticeDelegate(ReleaseNotices notices, OfficeAccess officeAccess, CaseFiles caseFiles,
			AssistanceCases assistanceCases, CaseVariables caseVariables) {
		this.notices = notices;
		this.officeAccess = officeAccess;
		this.caseFiles = caseFiles;
		this.assistanceCases = assistanceCases;
		this.caseVariables = caseVariables;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReleaseNoticeApplication application = ReleaseNoticeApplication.from(execution);
		Office office = officeAccess.officeForNewWork("officeCode", application.officeCode());
		String idNumber = application.person().idNumber();
		String linked = assistanceCases.openCaseOf(idNumber).orElse(null);
		if (linked == null) {
			caseFiles.openCaseOf(idNumber).ifPresent(open -> {
				throw new InputRejected("idNumber", "此人有未结案件 %s（%s），请先办结".formatted(open.getCaseNumber(),
						open.getStatus().label()));
			});
		}
		ReleaseNotice notice = notices.register(application, linked, execution.getProcessInstanceId());
		execution.setProcessBusinessKey(notice.getReference());
		execution.setVariable("reference", notice.getReference());
		caseVariables.copyOfficeTo(execution, office.getCode());
		execution.setVariable("idNumber", ResidentIdNumber.masked(idNumber));
		execution.setVariable("releaseDate", application.releaseDate().toString());
		execution.setVariable("sentenceMonths", application.sentenceMonths());
		execution.setVariable("receivedOn", notice.getReceivedOn().toString());
		execution.setVariable("linkedCaseNumber", linked);
	}

}
