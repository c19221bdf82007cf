package org.huigui.casefile;

import org.camunda.bpm.engine.exception.NotFoundException;

public class CaseNotFound extends NotFoundException {

	public CaseNotFound(String caseNumber) {
		super("caseNumber：案件 " + caseNumber + " 不存在");
	}

}
