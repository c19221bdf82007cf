package org.huigui.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The Tasklist filters every user starts with: my tasks, my office's tasks, overdue. */
@Component
@Order(20)
class TasklistFilters implements ApplicationRunner {

	static final String MINE = "我的任务";

	static final String MY_OFFICE = "本所待办";

	static final String OVERDUE = "逾期任务";

	private static final List<Map<String, String>> COLUMNS = List.of(
			Map.of("name", "caseNumber", "label", "案件编号"), Map.of("name", "personName", "label", "姓名"));

	private final FilterService filterService;

	private final TaskService taskService;

	private final Authorizations authorizations;

	TasklistFilters(FilterService filterService, TaskService taskService, Authorizations authorizations) {
		this.filterService = filterService;
		this.taskService = taskService;
		this.authorizations = authorizations;
	}

	@Override
	public void run(ApplicationArguments args) {
		filter(MINE, -10, "分配给我的任务", "#2a6ebb",
				taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		filter(MY_OFFICE, -5, "本所工作人员可办理的任务（含已认领）", "#3b8e3b", taskService.createTaskQuery()
			.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
		filter(OVERDUE, 0, "已过办理期限的任务", "#c0392b", taskService.createTaskQuery()
			.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
			.dueBeforeExpression("${now()}"));
		authorizations.grantEveryone(FILTER, org.camunda.bpm.engine.authorization.Authorization.ANY, READ);
	}

	private void filter(String name, int priority, String description, String color, TaskQuery query) {
		if (filterService.createFilterQuery().filterName(name).count() > 0) {
			return;
		}
		query.orderByDueDate().asc().orderByTaskCreateTime().asc();
		Filter filter = filterService.newTaskFilter(name).setQuery(query).setProperties(Map.of("description",
				description, "priority", priority, "color", color, "refresh", true, "variables", COLUMNS));
		filterService.saveFilter(filter);
	}

}
