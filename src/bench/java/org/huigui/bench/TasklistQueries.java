package org.huigui.bench;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;

/**
 * What Tasklist asks for when an office's staff open the saved filter 本所待办: the first page of 15 tasks of
 * their groups (assigned ones included) by due date, and the filter's count, with their authorizations applied.
 */
final class TasklistQueries {

	static final String MY_OFFICE = "本所待办";

	private static final int WARM_UP = 20;

	private final BenchApplication app;

	final Latencies latencies = new Latencies();

	TasklistQueries(BenchApplication app) {
		this.app = app;
	}

	void run(int queries) {
		FilterService filters = app.engine.getFilterService();
		Filter filter = filters.createFilterQuery().filterName(MY_OFFICE).singleResult();
		Latencies warmUp = new Latencies();
		for (int q = 0; q < WARM_UP + queries; q++) {
			Latencies into = q < WARM_UP ? warmUp : latencies;
			app.as(BenchApplication.staff(app.offices.get(q % app.offices.size())), () -> {
				long start = System.nanoTime();
				into.time("first page of 15", () -> filters.listPage(filter.getId(), 0, 15));
				into.time("count", () -> filters.count(filter.getId()));
				into.record("page and count", System.nanoTime() - start);
			});
		}
	}

}
