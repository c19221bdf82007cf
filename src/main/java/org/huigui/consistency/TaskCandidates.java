package org.huigui.consistency;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.huigui.identity.Offices;
import org.springframework.stereotype.Component;

/**
 * Every open task reaches an office: one of its candidate groups is a group of the installation
 * ({@code <office>-staff}, {@code <office>-head}, {@code <county>-bureau}), or, without any, it is assigned. A
 * task only for groups of no office or county here shows in no office's Tasklist, even while someone holds it.
 */
@Component
class TaskCandidates implements ConsistencyRule {

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final Offices offices;

	TaskCandidates(TaskService taskService, RuntimeService runtimeService, Offices offices) {
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.offices = offices;
	}

	@Override
	public String what() {
		return "待办任务";
	}

	@Override
	public long check(Consumer<Mismatch> found) {
		List<Task> forNoGroup = EngineReads.all(taskService.createTaskQuery().withoutCandidateGroups().taskUnassigned()
			.orderByTaskId().asc());
		Set<String> reachable = ids(EngineReads.all(taskService.createTaskQuery()
			.taskCandidateGroupIn(List.copyOf(offices.groupIds())).includeAssignedTasks().orderByTaskId().asc()));
		List<Task> forUnknownGroups = EngineReads.all(taskService.createTaskQuery().withCandidateGroups()
			.includeAssignedTasks().orderByTaskId().asc())
			.stream().filter(task -> !reachable.contains(task.getId())).toList();
		Map<String, String> caseOf = businessKeys(forNoGroup, forUnknownGroups);
		forNoGroup.forEach(task -> found.accept(mismatch(task, caseOf, "无候选组、无办理人",
				"没有候选组也没有办理人，任何人的任务列表中都看不到")));
		forUnknownGroups.forEach(task -> {
			String groups = candidateGroups(task);
			found.accept(mismatch(task, caseOf, "候选组 " + groups + " 不是本系统的司法所或县司法局",
					"的候选组 %s 都不属于本系统的任何司法所或县司法局，各所和县局的任务列表中都看不到".formatted(groups)));
		});
		return taskService.createTaskQuery().count();
	}

	private static Mismatch mismatch(Task task, Map<String, String> caseOf, String engine, String problem) {
		String caseNumber = caseOf.get(task.getProcessInstanceId());
		return new Mismatch(caseNumber, "—", "任务「%s」（%s）：%s".formatted(task.getName(), task.getId(), engine),
				task.getProcessInstanceId(), "%s的待办任务「%s」%s".formatted(
						caseNumber == null ? "不属于任何流程" : "案件 " + caseNumber + " ", task.getName(), problem));
	}

	private String candidateGroups(Task task) {
		return taskService.getIdentityLinksForTask(task.getId()).stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId).sorted().collect(Collectors.joining("、"));
	}

	/** The business key of each task's instance, read for all of them at once (they are few: each is a mismatch). */
	@SafeVarargs
	private Map<String, String> businessKeys(List<Task>... tasks) {
		Set<String> instanceIds = new HashSet<>();
		for (List<Task> list : tasks) {
			list.stream().map(Task::getProcessInstanceId).filter(id -> id != null).forEach(instanceIds::add);
		}
		Map<String, String> keys = new HashMap<>();
		for (List<String> page : EngineReads.pages(List.copyOf(instanceIds))) {
			for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
				.processInstanceIds(new HashSet<>(page)).list()) {
				keys.put(instance.getId(), instance.getBusinessKey());
			}
		}
		return keys;
	}

	private static Set<String> ids(List<Task> tasks) {
		return tasks.stream().map(Task::getId).collect(Collectors.toSet());
	}

}
