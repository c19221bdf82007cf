package org.huigui.identity;

import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.ProcessInstancePermissions.RETRY_JOB;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Authorization;
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

	private final AuthorizationService authorizationService;

	OfficeAccessUpgrade(HistoryService historyService, OfficeAccess officeAccess,
			AuthorizationService authorizationService) {
		this.historyService = historyService;
		this.officeAccess = officeAccess;
		this.authorizationService = authorizationService;
	}

	/**
	 * Once, on an installation whose heads and bureaus could change their instances (UPDATE): they keep
	 * watching them and retrying failed steps (RETRY_JOB), and lose the rest. Answers how many grants changed.
	 */
	int withdrawInstanceUpdates() {
		int changed = 0;
		int kept = 0;
		List<Authorization> page;
		do {
			page = authorizationService.createAuthorizationQuery().resourceType(PROCESS_INSTANCE).hasPermission(UPDATE)
				.orderByResourceId().asc().listPage(kept, PAGE);
			for (Authorization grant : page) {
				if (Authorization.ANY.equals(grant.getResourceId()) || grant.getGroupId() == null
						|| Groups.officeOf(grant.getGroupId()) == null && Groups.countyOf(grant.getGroupId()) == null) {
					kept++;
					continue;
				}
				grant.removePermission(UPDATE);
				grant.addPermission(RETRY_JOB);
				authorizationService.saveAuthorization(grant);
				changed++;
			}
		}
		while (!page.isEmpty());
		return changed;
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
