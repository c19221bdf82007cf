package org.huigui.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.huigui.forms.FormSchemas.FormReference;
import org.huigui.system.InputRejected;
import org.huigui.system.RestRefusals;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Forms own what they submit: a task's {@code submit-form}, {@code complete} or {@code resolve}, and a process's
 * {@code start} or {@code submit-form}, through the engine REST API or the webapps' copy of it, may set only the
 * editable fields of the step's Camunda Form, each with a value of its kind; anything else is refused with 400
 * naming it, before the engine runs anything. A start chooses neither its business key (the product keys each
 * instance by its case) nor where to begin; processes the product starts itself are not started from outside.
 * In every Jersey application of the server through {@code META-INF/services}.
 */
public class FormOwnedSubmissions implements ForcedAutoDiscoverable {

	@Override
	public void configure(FeatureContext context) {
		if (context.getConfiguration().getRuntimeType() == RuntimeType.SERVER) {
			context.register(new Guard());
		}
	}

	static final class Guard implements ContainerRequestFilter {

		private static final Pattern TASK = Pattern.compile("(?:^|/)task/([^/]+)/(?:submit-form|complete|resolve)$");

		private static final Pattern START = Pattern
			.compile("(?:^|/)process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(submit-form|start)$");

		private static final ObjectMapper JSON = new ObjectMapper();

		private final FormSchemas schemas = new FormSchemas();

		@Override
		public void filter(ContainerRequestContext request) throws IOException {
			if (!HttpMethod.POST.equals(request.getMethod())) {
				return;
			}
			String path = request.getUriInfo().getPath();
			Matcher task = TASK.matcher(path);
			Matcher start = START.matcher(path);
			boolean isTask = task.find();
			if (!isTask && !start.find()) {
				return;
			}
			byte[] body = request.getEntityStream().readAllBytes();
			request.setEntityStream(new ByteArrayInputStream(body));
			JsonNode submission;
			try {
				submission = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
			}
			catch (IOException unreadable) {
				return;
			}
			ProcessEngine engine = RestRefusals.engineOf(path);
			if (engine == null || submission == null || !submission.isObject()) {
				return;
			}
			try {
				Optional<Step> step = isTask ? taskStep(engine, task.group(1)) : startStep(engine, start);
				if (step.isPresent()) {
					step.get().check(submission, !isTask);
				}
			}
			catch (InputRejected rejected) {
				request.abortWith(RestRefusals.inputRejected(rejected));
			}
			catch (StartedByTheSystem refused) {
				request.abortWith(RestRefusals.refused(Response.Status.FORBIDDEN, "StartedByTheSystem", null,
						refused.getMessage()));
			}
		}

		private Optional<Step> taskStep(ProcessEngine engine, String taskId) {
			return inEngine(engine, context -> {
				TaskEntity task = context.getTaskManager().findTaskById(taskId);
				if (task == null) {
					return Optional.empty();
				}
				ProcessDefinitionEntity definition = task.getProcessDefinitionId() == null ? null
						: cache(context).findDeployedProcessDefinitionById(task.getProcessDefinitionId());
				ActivityImpl activity = definition == null ? null : definition.findActivity(task.getTaskDefinitionKey());
				return Optional.of(new Step(task.getName(), form(activity, definition), true));
			});
		}

		private Optional<Step> startStep(ProcessEngine engine, Matcher start) {
			return inEngine(engine, context -> {
				ProcessDefinitionEntity definition;
				try {
					definition = start.group(3) != null ? cache(context).findDeployedProcessDefinitionById(start.group(3))
							: start.group(2) != null
									? cache(context).findDeployedLatestProcessDefinitionByKeyAndTenantId(start.group(1),
											start.group(2))
									: cache(context).findDeployedLatestProcessDefinitionByKey(start.group(1));
				}
				catch (ProcessEngineException unknown) {
					return Optional.empty();
				}
				if (definition == null) {
					return Optional.empty();
				}
				String name = definition.getName() != null ? definition.getName() : definition.getKey();
				return Optional.of(new Step(name, form(definition.getInitial(), definition),
						definition.isStartableInTasklist()));
			});
		}

		private Optional<FormSchema> form(ActivityImpl activity, ProcessDefinitionEntity definition) {
			if (activity == null || !(activity.getProperty(FormReference.PROPERTY) instanceof FormReference reference)) {
				return Optional.empty();
			}
			return schemas.of(reference, definition.getDeploymentId());
		}

		private static DeploymentCache cache(CommandContext context) {
			return context.getProcessEngineConfiguration().getDeploymentCache();
		}

		/** Looked up as the engine itself: whether the caller may see the task or start the process is the engine's answer. */
		private static <T> T inEngine(ProcessEngine engine, Command<T> lookup) {
			return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
				.execute(lookup);
		}

	}

	/** The step a submission completes: a task, or a process's start. */
	private record Step(String name, Optional<FormSchema> form, boolean startableByPeople) {

		/** What a start may not choose: where to begin, or to skip the listeners and mappings that record the case. */
		private static final List<String> START_ONLY_AT_THE_START = List.of("startInstructions", "skipCustomListeners",
				"skipIoMappings");

		void check(JsonNode submission, boolean isStart) {
			if (isStart) {
				if (!startableByPeople) {
					throw new StartedByTheSystem("「" + name + "」由系统在办理其他事项时发起，不能直接启动");
				}
				for (String option : START_ONLY_AT_THE_START) {
					JsonNode value = submission.path(option);
					if (!value.isMissingNode() && !value.isNull() && !(value.isBoolean() && !value.asBoolean())
							&& !(value.isArray() && value.isEmpty())) {
						throw new InputRejected(option, "流程只能从开始事件发起，并完整执行登记步骤");
					}
				}
				if (!submission.path("businessKey").asText("").isBlank()) {
					throw new InputRejected("businessKey", "业务键由系统按案件编号设定，不能填写");
				}
			}
			SubmittedVariables.check(submission.get("variables"), form, name);
		}

	}

	private static final class StartedByTheSystem extends RuntimeException {

		StartedByTheSystem(String message) {
			super(message);
		}

	}

}
