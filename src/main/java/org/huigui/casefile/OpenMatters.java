package org.huigui.casefile;

import org.huigui.system.InputRejected;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Refuses a new leave or relocation while another one is still open for the same case. */
@Component
public class OpenMatters {

	private final ObjectProvider<OpenMatter> matters;

	OpenMatters(ObjectProvider<OpenMatter> matters) {
		this.matters = matters;
	}

	public void refuseIfAnyOpen(String caseNumber) {
		matters.orderedStream().forEach(matter -> matter.openFor(caseNumber).ifPresent(open -> {
			throw new InputRejected("caseNumber", open + "，须先办结");
		}));
	}

}
