package org.huigui.relocation;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.huigui.casefile.CaseVariables;
import org.huigui.identity.Groups;
import org.huigui.identity.OfficeAccess;
import org.springframework.stereotype.Component;

/**
 * Moves a case's open work to its new office: every running process of the case gets the new
 * {@code officeCode} (and {@code countyCode}) the store now holds, and every open task's
 * candidate groups of the old office are replaced by the new office's. Tasklist filters follow groups;
 * the instances themselves move to the new office's head and bureau (the relocation is shared by both).
 */
@Component
class CaseHandover {

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final AuthorizationService authorizationService;

	private final OfficeAccess officeAccess;

	private final CaseVariables caseVariables;

	CaseHandover(RuntimeService runtimeService, TaskService taskService, AuthorizationService authorizationService,
			OfficeAccess officeAccess, CaseVariables caseVariables) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.authorizationService = authorizationService;
		this.officeAccess = officeAccess;
		this.caseVariables = caseVariables;
	}

	/** Moves the case's other work; the relocation itself keeps its sending-office tasks (file transfer, notice). */
	void moveOpenWork(String caseNumber, String fromOffice, String toOffice, String relocationInstanceId) {
		for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
			.active().list()) {
			if (instance.getId().equals(relocationInstanceId)) {
				officeAccess.grantInstance(instance.getId(), toOffice);
				continue;
			}
			caseVariables.followOffice(instance.getId(), toOffice);
			officeAccess.moveInstance(instance.getId(), fromOffice, toOffice);
		}
		for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list()) {
			if (task.getProcessInstanceId().equals(relocationInstanceId)) {
				continue;
			}
			for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
				if (!IdentityLinkType.CANDIDATE.equals(link.getType()) || link.getGroupId() == null) {
					continue;
				}
				String replacement = replacement(link.getGroupId(), fromOffice, toOffice);
				if (replacement != null) {
					taskService.deleteCandidateGroup(task.getId(), link.getGroupId());
					revokeTaskAccess(task.getId(), link.getGroupId());
					taskService.addCandidateGroup(task.getId(), replacement);
				}
			}
		}
	}

	/** Removing a candidate group leaves the permission Camunda granted with it; the old office loses it here. */
	private void revokeTaskAccess(String taskId, String groupId) {
		authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId).groupIdIn(groupId)
			.list().forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
	}

	private static String replacement(String groupId, String fromOffice, String toOffice) {
		if (groupId.equals(Groups.staff(fromOffice))) {
			return Groups.staff(toOffice);
		}
		if (groupId.equals(Groups.head(fromOffice))) {
			return Groups.head(toOffice);
		}
		return null;
	}

}
