package org.huigui.intake;

import java.util.Set;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.CaseStatus;
import org.huigui.casefile.Cancellation;
import org.huigui.casefile.CancelledWork;
import org.springframework.stereotype.Component;

/**
 * A deleted intake closes its case if it never came under supervision (reason {@value CaseFiles#CANCELLED}), so the
 * person can be registered again; an intake still running for an escalation leaves the supervised case alone.
 */
@Component
class CancelledIntake implements CancelledWork {

	private final CaseFiles caseFiles;

	CancelledIntake(CaseFiles caseFiles) {
		this.caseFiles = caseFiles;
	}

	@Override
	public Set<String> processKeys() {
		return Set.of("intake");
	}

	@Override
	public void cancelled(Cancellation cancellation) {
		caseFiles.find(cancellation.businessKey()).ifPresent(caseFile -> caseFiles.closeAsCancelled(
				caseFile.getCaseNumber(), CaseStatus.INTAKE, "入矫已撤销，案件撤销登记", cancellation));
	}

}
