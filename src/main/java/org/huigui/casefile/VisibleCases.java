package org.huigui.casefile;

import org.huigui.identity.Offices;
import org.huigui.system.CurrentUser;
import org.springframework.stereotype.Component;

/** A case as the current user may open it: only users of its office or county see it, others get "not found". */
@Component
class VisibleCases {

	private final CaseFiles caseFiles;

	private final Offices offices;

	private final CurrentUser currentUser;

	VisibleCases(CaseFiles caseFiles, Offices offices, CurrentUser currentUser) {
		this.caseFiles = caseFiles;
		this.offices = offices;
		this.currentUser = currentUser;
	}

	CaseFile get(String caseNumber) {
		CaseFile caseFile = caseFiles.get(caseNumber);
		if (!offices.visibleTo(currentUser.id()).contains(caseFile.getOfficeCode())) {
			throw new CaseNotFound(caseNumber);
		}
		return caseFile;
	}

}
