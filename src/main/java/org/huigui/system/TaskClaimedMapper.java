package org.huigui.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;

/** Claiming a task someone has already claimed is a conflict with that person's work, answered 409 naming them. */
@Priority(1)
class TaskClaimedMapper implements ExceptionMapper<TaskAlreadyClaimedException> {

	@Override
	public Response toResponse(TaskAlreadyClaimedException exception) {
		return RestRefusals.refused(Response.Status.CONFLICT, "TaskAlreadyClaimed", null,
				"该任务已由 " + exception.getTaskAssignee() + " 认领；请其办理，或由其退回后再认领");
	}

}
