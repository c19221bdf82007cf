package org.huigui.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.huigui.system.RestRefusals;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * What Camunda's permissions cannot say about an office's work, on the engine REST API and the webapps' copy of
 * it: a task is claimed for oneself (for someone else only by a user who may assign it, and only for a member of
 * the task's candidate groups); a task's comments and attachments are read by those who may see the task and
 * added by those who may work on it, and never changed or deleted (Camunda's by-id commands check no permission);
 * tasks come only from processes; messages and signals come from the product's own steps; jobs run when the
 * engine runs them (a head retries a failed one, and stops no timer by taking its retries); the engine's metrics are the administrators'. Administrators pass.
 * Before Jersey matches the request, so that nothing of the resource (not even its media types) answers first.
 * In every Jersey application of the server through {@code META-INF/services}.
 */
public class OfficeRoleLimits implements ForcedAutoDiscoverable {

	@Override
	public void configure(FeatureContext context) {
		if (context.getConfiguration().getRuntimeType() == RuntimeType.SERVER) {
			context.register(new Limits());
		}
	}

	@PreMatching
	static final class Limits implements ContainerRequestFilter {

		private static final Pattern ASSIGN = Pattern.compile("(?:^|/)task/([^/]+)/(?:claim|assignee|delegate)$");

		private static final Pattern TASK_NOTES = Pattern.compile("(?:^|/)task/([^/]+)/(?:comment|attachment)(?:/|$)");

		private static final Pattern INSTANCE_NOTES = Pattern.compile("(?:^|/)process-instance/([^/]+)/comment(?:/|$)");

		private static final Pattern NOTE_UPDATE = Pattern.compile("(?:^|/)(?:task|process-instance)/comment$");

		private static final Pattern TASK_CREATE = Pattern.compile("(?:^|/)task/create$");

		private static final Pattern METRICS = Pattern.compile("(?:^|/)metrics(?:/|$)");

		/** Correlating messages, signals and conditions from outside; the product's own steps correlate. */
		private static final Pattern EVENTS = Pattern.compile("(?:^|/)(?:message|signal|condition)$");

		/** Running a job now: a timer early, or a failing step again and again until its retries are spent. */
		private static final Pattern JOB_NOW = Pattern.compile("(?:^|/)job/[^/]+/execute$");

		/** A job's retries: a head gives a failed step another try, and stops no timer by setting none. */
		private static final Pattern JOB_RETRIES = Pattern.compile("(?:^|/)job/([^/]+)/retries$");

		private static final ObjectMapper JSON = new ObjectMapper();

		@Override
		public void filter(ContainerRequestContext request) throws IOException {
			String path = request.getUriInfo().getPath();
			ProcessEngine engine = RestRefusals.engineOf(path);
			Authentication user = engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
			if (user == null || user.getGroupIds().contains(Groups.ADMINISTRATORS)) {
				return;
			}
			String method = request.getMethod();
			Matcher task;
			if (METRICS.matcher(path).find()) {
				refuse(request, Response.Status.FORBIDDEN, "引擎运行指标只供系统管理员查看");
			}
			else if (EVENTS.matcher(path).find() && HttpMethod.POST.equals(method)) {
				refuse(request, Response.Status.FORBIDDEN, "消息和信号由系统在办理步骤时发出，不能从外部触发");
			}
			else if (JOB_NOW.matcher(path).find() && HttpMethod.POST.equals(method)) {
				refuse(request, Response.Status.FORBIDDEN, "定时和异步步骤由引擎按时执行，不能提前执行；失败的步骤可在 Cockpit 中重试");
			}
			else if ((task = JOB_RETRIES.matcher(path)).find() && HttpMethod.PUT.equals(method)) {
				retry(request, engine, task.group(1));
			}
			else if (TASK_CREATE.matcher(path).find() && HttpMethod.POST.equals(method)) {
				refuse(request, Response.Status.FORBIDDEN, "任务只由流程产生，不能单独创建");
			}
			else if ((task = ASSIGN.matcher(path)).find() && HttpMethod.POST.equals(method)) {
				assign(request, engine, user, task.group(1));
			}
			else if (NOTE_UPDATE.matcher(path).find()) {
				refuse(request, Response.Status.FORBIDDEN, "评论和附件一经添加，不能修改或删除");
			}
			else if ((task = TASK_NOTES.matcher(path)).find()) {
				notes(request, engine, task.group(1));
			}
			else if ((task = INSTANCE_NOTES.matcher(path)).find()) {
				if (!HttpMethod.GET.equals(method)) {
					refuse(request, Response.Status.FORBIDDEN, "评论和附件一经添加，不能修改或删除");
				}
				else if (!instanceVisible(engine, task.group(1))) {
					refuse(request, Response.Status.NOT_FOUND, "流程实例不存在，或不属于本所（本县）");
				}
			}
		}

		/** Claiming, assigning or delegating: to oneself as the engine allows; to another as said above. */
		private static void assign(ContainerRequestContext request, ProcessEngine engine, Authentication user, String taskId)
				throws IOException {
			JsonNode userId = body(request).path("userId");
			if (!userId.isTextual() || userId.asText().isBlank()
					|| userId.asText().equals(user.getUserId())) {
				return;
			}
			boolean mayAssign = engine.getAuthorizationService().isUserAuthorized(user.getUserId(), user.getGroupIds(),
					Permissions.TASK_ASSIGN, Resources.TASK, taskId);
			if (!mayAssign || !candidate(engine, taskId, userId.asText())) {
				refuse(request, Response.Status.FORBIDDEN,
						"只能为自己认领任务；交给他人须有指派权限，且对方须是该任务所属司法所的人员（" + userId.asText() + "）");
			}
		}

		/** Only a step that has failed (no retries left) is retried, and with at least one try. */
		private static void retry(ContainerRequestContext request, ProcessEngine engine, String jobId) throws IOException {
			JsonNode retries = body(request).path("retries");
			Job job = engine.getManagementService().createJobQuery().jobId(jobId).singleResult();
			if (job == null) {
				return;
			}
			if (job.getRetries() > 0 || !retries.canConvertToInt() || retries.asInt() < 1) {
				refuse(request, Response.Status.FORBIDDEN, "只能重试已失败的步骤（至少重试一次）；定时和等待中的步骤不能更改");
			}
		}

		/** The request's JSON body, read so that the resource still gets it; an empty object if it is none. */
		private static JsonNode body(ContainerRequestContext request) throws IOException {
			byte[] body = request.getEntityStream().readAllBytes();
			request.setEntityStream(new ByteArrayInputStream(body));
			try {
				JsonNode json = body.length == 0 ? null : JSON.readTree(body);
				return json == null ? JSON.createObjectNode() : json;
			}
			catch (IOException unreadable) {
				return JSON.createObjectNode();
			}
		}

		/** Whether the user belongs to one of the task's candidate groups, or is a candidate user. */
		private static boolean candidate(ProcessEngine engine, String taskId, String userId) {
			Set<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
				.map(group -> group.getId()).collect(Collectors.toSet());
			List<IdentityLinkEntity> links = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
				.getCommandExecutorTxRequired().execute(context -> {
					TaskEntity task = context.getTaskManager().findTaskById(taskId);
					return task == null ? List.<IdentityLinkEntity>of() : task.getIdentityLinks();
				});
			return links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
				.anyMatch(link -> userId.equals(link.getUserId()) || groups.contains(link.getGroupId()));
		}

		private static void notes(ContainerRequestContext request, ProcessEngine engine, String taskId) {
			String method = request.getMethod();
			if (!HttpMethod.GET.equals(method) && !HttpMethod.POST.equals(method)) {
				refuse(request, Response.Status.FORBIDDEN, "评论和附件一经添加，不能修改或删除");
				return;
			}
			boolean open = engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0;
			boolean visible = open || HttpMethod.GET.equals(method)
					&& engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
			if (!visible) {
				refuse(request, Response.Status.NOT_FOUND, "任务不存在，或不属于本所（本县）");
			}
		}

		private static boolean instanceVisible(ProcessEngine engine, String processInstanceId) {
			return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0
					|| engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
						.count() > 0;
		}

		private static void refuse(ContainerRequestContext request, Response.Status status, String message) {
			request.abortWith(RestRefusals.refused(status, "OfficeRoleLimit", null, message));
		}

	}

}
