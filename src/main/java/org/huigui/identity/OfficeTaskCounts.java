package org.huigui.identity;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskCountByCandidateGroupResultEntity;
import org.camunda.bpm.engine.rest.sub.task.impl.TaskReportResourceImpl;
import org.camunda.bpm.engine.task.TaskCountByCandidateGroupResult;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.huigui.system.RestRefusals;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Cockpit's 人工任务 tab counts the open unassigned tasks per candidate group ({@code task/report/candidate-group-count}
 * of the engine REST API), which Camunda answers only to who may read every task. Heads and bureaus may use Cockpit
 * but read only their offices' tasks, so for them the report is answered here: for each group of the offices they
 * see (see {@link Offices#visibleTo}), the tasks of it they may read, counted as the logged-in user, in Camunda's
 * shape (JSON or CSV). Who may read every task (administrators) gets Camunda's own answer, and so does who may not
 * use Cockpit (staff: 403). In every Jersey application of the server through {@code META-INF/services}.
 */
public class OfficeTaskCounts implements ForcedAutoDiscoverable {

	@Override
	public void configure(FeatureContext context) {
		if (context.getConfiguration().getRuntimeType() == RuntimeType.SERVER) {
			context.register(new Report());
		}
	}

	static final class Report implements ContainerRequestFilter {

		private static final Pattern REPORT = Pattern.compile("(?:^|/)task/report/candidate-group-count$");

		@Context
		private ServletContext servletContext;

		@Override
		public void filter(ContainerRequestContext request) {
			String path = request.getUriInfo().getPath();
			if (!HttpMethod.GET.equals(request.getMethod()) || !REPORT.matcher(path).find()) {
				return;
			}
			ProcessEngine engine = RestRefusals.engineOf(path);
			Authentication user = engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
			if (user == null || !mayUseCockpitWithoutEveryTask(engine.getAuthorizationService(), user)) {
				return;
			}
			Offices offices = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
				.getBean(Offices.class);
			List<TaskCountByCandidateGroupResult> counts = counts(engine.getTaskService(),
					offices.groupIdsVisibleToMembersOf(user.getGroupIds()));
			request.abortWith(new VisibleTasks(engine, counts).getTaskCountByCandidateGroupReport(request.getRequest()));
		}

		private static boolean mayUseCockpitWithoutEveryTask(AuthorizationService authorizations, Authentication user) {
			return !authorizations.isUserAuthorized(user.getUserId(), user.getGroupIds(), Permissions.READ, Resources.TASK,
					Authorization.ANY)
					&& authorizations.isUserAuthorized(user.getUserId(), user.getGroupIds(), Permissions.ACCESS,
							Resources.APPLICATION, "cockpit");
		}

		/**
		 * As Camunda counts them: unassigned tasks per candidate group, groups without tasks left out, and the tasks
		 * without a candidate group under none; here only the tasks the current user may read.
		 */
		private static List<TaskCountByCandidateGroupResult> counts(TaskService tasks, Set<String> groupIds) {
			List<TaskCountByCandidateGroupResult> counts = new ArrayList<>();
			for (String groupId : new TreeSet<>(groupIds)) {
				add(counts, groupId, tasks.createTaskQuery().taskCandidateGroup(groupId).count());
			}
			add(counts, null, tasks.createTaskQuery().taskUnassigned().withoutCandidateGroups().count());
			return counts;
		}

		private static void add(List<TaskCountByCandidateGroupResult> counts, String groupId, long taskCount) {
			if (taskCount > 0) {
				TaskCountByCandidateGroupResultEntity count = new TaskCountByCandidateGroupResultEntity();
				count.setGroupName(groupId);
				count.setTaskCount((int) taskCount);
				counts.add(count);
			}
		}

	}

	/** Camunda's own resource, which chooses JSON or CSV as the request asks, over the counts given. */
	private static final class VisibleTasks extends TaskReportResourceImpl {

		private final List<TaskCountByCandidateGroupResult> counts;

		VisibleTasks(ProcessEngine engine, List<TaskCountByCandidateGroupResult> counts) {
			super(engine);
			this.counts = counts;
		}

		@Override
		protected List<TaskCountByCandidateGroupResult> queryTaskCountByCandidateGroupReport() {
			return counts;
		}

	}

}
