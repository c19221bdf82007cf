package org.huigui.identity;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Once, when an installation moves from access to every office's instances to office isolation: every
 * instance so far, running or finished, is granted to the office its {@code officeCode} (or, for a
 * receiving county's verification, {@code targetOfficeCode}) names, so that no head loses sight of their
 * office's work.
 */
@Component
class OfficeAccessUpgrade {

	private static final int PAGE = 500;

	private final HistoryService historyService;

	private final OfficeAccess officeAccess;

	OfficeAccessUpgrade(HistoryService historyService, OfficeAccess officeAccess) {
		this.historyService = historyService;
		this.officeAccess = officeAccess;
	}

	int grantExistingInstances() {
		int granted = 0;
		long total = historyService.createHistoricProcessInstanceQuery().count();
		for (int first = 0; first < total; first += PAGE) {
			for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
				.orderByProcessInstanceId().asc().listPage(first, PAGE)) {
				String office = office(instance.getId());
				if (office != null && officeAccess.isOffice(office)) {
					officeAccess.grantInstance(instance.getId(), office);
					granted++;
				}
			}
		}
		return granted;
	}

	private String office(String processInstanceId) {
		for (String name : new String[] { "officeCode", "targetOfficeCode" }) {
			HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
				.processInstanceId(processInstanceId).variableName(name).list().stream().findFirst().orElse(null);
			if (variable != null && variable.getValue() instanceof String office) {
				return office;
			}
		}
		return null;
	}

}
