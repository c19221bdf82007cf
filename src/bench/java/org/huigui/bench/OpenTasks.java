package org.huigui.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the engine with running instances of {@link BenchModels#OPEN_TASK}, each with one real Camunda task for
 * an office's staff group (and its authorization), spread over the offices and over four months of due dates.
 * Started through the engine in batches, one transaction per batch, so that the engine's JDBC batching applies.
 */
final class OpenTasks {

	private static final int BATCH = 500;

	private final BenchApplication app;

	private int started;

	OpenTasks(BenchApplication app) {
		this.app = app;
	}

	/**
	 * Starts instances until there are this many in all, then has PostgreSQL look at the grown tables: without
	 * statistics the planner takes the task table for nearly empty and Tasklist's query for seconds.
	 *
	 * @return the seconds the instances took to start
	 */
	double upTo(int total, int workers) {
		int from = started;
		int batches = Math.max(0, (total - from + BATCH - 1) / BATCH);
		TransactionTemplate transaction = new TransactionTemplate(app.context.getBean(PlatformTransactionManager.class));
		RuntimeService runtime = app.engine.getRuntimeService();
		double seconds = Workers.run(workers, batches, batch -> transaction.executeWithoutResult(status -> {
			for (int i = from + batch * BATCH; i < Math.min(total, from + (batch + 1) * BATCH); i++) {
				runtime.startProcessInstanceByKey(BenchModels.OPEN_TASK, "OPEN-" + i, variables(i));
			}
		}));
		started = Math.max(started, total);
		app.analyseGrownTables();
		return seconds;
	}

	private Map<String, Object> variables(int i) {
		String office = app.offices.get(i % app.offices.size());
		Date due = Date.from(Instant.now().plus(Duration.ofHours(i % 2_880 - 1_440)));
		return Map.of("officeCode", office, "due", due, "caseNumber", "OPEN-" + i, "personName", "待办人员" + i % 1000);
	}

}
