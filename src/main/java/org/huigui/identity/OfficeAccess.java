package org.huigui.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessInstancePermissions.RETRY_JOB;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.huigui.system.InputRejected;
import org.springframework.stereotype.Service;

/**
 * Who sees an office's process instances, through Camunda's own authorizations so that Cockpit, Tasklist
 * and the engine REST API obey them: the office's head group and its county's bureau may watch each instance,
 * unblock it by retrying a failed step (READ, RETRY_JOB) and read its history; the office's staff read it
 * (Tasklist shows a task's case number and name from it) and its history. Nobody of an office may change an
 * instance's variables, move its steps, run its timers early or correlate messages to it (UPDATE): the
 * record decides what a case is, and only the product's own steps change it.
 */
@Service
public class OfficeAccess {

	private final Offices offices;

	private final Authorizations authorizations;

	private final IdentityService identityService;

	OfficeAccess(Offices offices, Authorizations authorizations, IdentityService identityService) {
		this.offices = offices;
		this.authorizations = authorizations;
		this.identityService = identityService;
	}

	/** The instance belongs to the office: its head and its county's bureau may watch it. */
	public void grantInstance(String processInstanceId, String officeCode) {
		grant(processInstanceId, officeCode, authorizations::grantGroup);
	}

	/** {@link #grantInstance} for an instance starting in this transaction, which holds no grants yet. */
	public void grantNewInstance(String processInstanceId, String officeCode) {
		grant(processInstanceId, officeCode, authorizations::grantGroupOnNew);
	}

	private void grant(String processInstanceId, String officeCode, Grant grant) {
		for (String group : readers(officeCode)) {
			if (group.equals(Groups.staff(officeCode))) {
				grant.to(group, PROCESS_INSTANCE, processInstanceId, READ);
			}
			else {
				grant.to(group, PROCESS_INSTANCE, processInstanceId, READ, RETRY_JOB);
			}
			grant.to(group, HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
		}
	}

	/**
	 * The instance moves to another office (relocation): the old office's groups lose the running instance
	 * but keep reading the history they took part in.
	 */
	public void moveInstance(String processInstanceId, String fromOffice, String toOffice) {
		for (String group : readers(fromOffice)) {
			authorizations.revokeGroup(group, PROCESS_INSTANCE, processInstanceId);
		}
		grantInstance(processInstanceId, toOffice);
	}

	/** Whether the logged-in user works at (or oversees) the office; steps without a user are the system's. */
	public boolean currentUserMayWorkAt(String officeCode) {
		Authentication authentication = identityService.getCurrentAuthentication();
		if (authentication == null || authentication.getUserId() == null) {
			return true;
		}
		return offices.visibleTo(authentication.getUserId()).contains(officeCode);
	}

	/**
	 * The office that new work (an intake, a release notice) is registered at, named in {@code field}: one of
	 * this installation's, and one the logged-in user works at or oversees.
	 */
	public Office officeForNewWork(String field, String officeCode) {
		Office office = offices.find(officeCode)
			.orElseThrow(() -> new InputRejected(field, "未知的司法所代码（" + officeCode + "）"));
		if (!currentUserMayWorkAt(officeCode)) {
			throw new InputRejected(field, "只能为本所（本县）登记，不能为其他司法所登记（" + officeCode + "）");
		}
		return office;
	}

	public boolean isOffice(String officeCode) {
		return offices.find(officeCode).isPresent();
	}

	private List<String> readers(String officeCode) {
		return offices.find(officeCode)
			.map(office -> List.of(Groups.staff(office.getCode()), Groups.head(office.getCode()),
					Groups.bureau(office.getCountyCode())))
			.orElse(List.of());
	}

	@FunctionalInterface
	private interface Grant {

		void to(String groupId, Resource resource, String resourceId, Permission... permissions);

	}

}
