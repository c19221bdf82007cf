package org.huigui.consistency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.runtime.VariableInstance;

/** How the consistency check reads the engine: whole result lists page by page, variables for a page at once. */
public final class EngineReads {

	public static final int PAGE = 500;

	private EngineReads() {
	}

	/** Every result of a query, in pages of {@value #PAGE}; the query must be ordered. */
	public static <T> List<T> all(Query<?, T> query) {
		List<T> all = new ArrayList<>();
		List<T> page;
		do {
			page = query.listPage(all.size(), PAGE);
			all.addAll(page);
		}
		while (page.size() == PAGE);
		return all;
	}

	/** Consecutive pieces of at most {@value #PAGE} of a list. */
	public static <T> List<List<T>> pages(List<T> list) {
		List<List<T>> pages = new ArrayList<>();
		for (int from = 0; from < list.size(); from += PAGE) {
			pages.add(list.subList(from, Math.min(from + PAGE, list.size())));
		}
		return pages;
	}

	/**
	 * The named process variables of these instances (at most {@value #PAGE}), in one query: instance id →
	 * name → value. Variables local to an execution or task are left out; an instance without any is absent.
	 */
	public static Map<String, Map<String, Object>> variables(RuntimeService runtimeService, Collection<String> instanceIds,
			Collection<String> names) {
		Map<String, Map<String, Object>> variables = new HashMap<>();
		if (instanceIds.isEmpty() || names.isEmpty()) {
			return variables;
		}
		for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
			.processInstanceIdIn(instanceIds.toArray(String[]::new))
			.variableNameIn(names.toArray(String[]::new))
			.disableBinaryFetching()
			.disableCustomObjectDeserialization()
			.list()) {
			if (variable.getProcessInstanceId().equals(variable.getExecutionId())) {
				variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
					.put(variable.getName(), variable.getValue());
			}
		}
		return variables;
	}

}
