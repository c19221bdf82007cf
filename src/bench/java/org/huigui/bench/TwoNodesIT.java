package org.huigui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.awaitility.Awaitility;
import org.huigui.HuiguiApplication;
import org.huigui.system.PostgresAvailable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scale-out as Camunda 7 supports it: two Huigui nodes, each with its own job executor, on one PostgreSQL
 * database (the benchmark's, schema {@value #SCHEMA}). Timers that fell due while the job executors were stopped are shared
 * between the nodes and each runs exactly once. Starting two nodes takes minutes on a busy two-core machine,
 * so this runs with the benchmark ({@code ./mvnw -Pbench verify}), not in {@code ./mvnw verify}.
 */
class TwoNodesIT {

	private static final String SCHEMA = "huigui_nodes";

	private static final int TIMERS = 1_000;

	private static final int BATCH = 100;

	@Test
	void dueTimers_areEachExecutedExactlyOnce_byOneOfTwoNodes() throws Exception {
		BenchSettings database = BenchSettings.fromEnvironment();
		PostgresAvailable.emptySchema(database.url(), database.user(), database.password(), SCHEMA);
		try (ConfigurableApplicationContext first = node("node-a", database);
				ConfigurableApplicationContext second = node("node-b", database)) {
			RuntimeService runtime = first.getBean(ProcessEngine.class).getRuntimeService();
			first.getBean(ProcessEngine.class).getRepositoryService().createDeployment()
				.addModelInstance("two-nodes-timer.bpmn", timerProcess()).deploy();
			jobExecutor(first).shutdown();
			jobExecutor(second).shutdown();
			TransactionTemplate transaction = new TransactionTemplate(first.getBean(PlatformTransactionManager.class));
			for (int batch = 0; batch < TIMERS / BATCH; batch++) {
				transaction.executeWithoutResult(status -> {
					for (int i = 0; i < BATCH; i++) {
						runtime.startProcessInstanceByKey("two-nodes-timer", Map.of("due", new Date()));
					}
				});
			}
			jobExecutor(first).start();
			jobExecutor(second).start();
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
				.until(() -> count(jdbc, "select count(*) from act_hi_actinst where act_id_ = 'Event_TimerRan'") >= TIMERS);

			assertThat(count(jdbc, "select count(distinct proc_inst_id_) from act_hi_actinst where act_id_ = 'Event_TimerRan'"))
				.isEqualTo(TIMERS);
			assertThat(count(jdbc, "select count(*) from act_hi_actinst where act_id_ = 'Event_TimerRan'")).isEqualTo(TIMERS);
			assertThat(jdbc.queryForList("select job_id_ from act_hi_job_log where job_state_ = 2 group by job_id_"
					+ " having count(*) > 1")).isEmpty();
			List<Map<String, Object>> byNode = jdbc.queryForList("select hostname_, count(*) as jobs from act_hi_job_log"
					+ " where job_state_ = 2 and job_def_type_ = 'timer-intermediate-transition' group by hostname_");
			Map<Object, Long> jobs = byNode.stream()
				.collect(Collectors.toMap(row -> row.get("hostname_"), row -> ((Number) row.get("jobs")).longValue()));
			assertThat(jobs.values().stream().mapToLong(Long::longValue).sum()).as("jobs by node: %s", jobs).isEqualTo(TIMERS);
			assertThat(jobs.keySet()).as("jobs by node: %s", jobs).containsExactlyInAnyOrder("node-a", "node-b");
		}
	}

	private static ConfigurableApplicationContext node(String name, BenchSettings database) {
		Map<String, Object> properties = PostgresAvailable.inSchema(database.url(), database.user(), database.password(),
				SCHEMA);
		properties.put("server.port", 0);
		properties.put("camunda.bpm.process-engine-name", name.replace("-", ""));
		properties.put("camunda.bpm.generic-properties.properties.hostname", name);
		properties.put("camunda.bpm.job-execution.enabled", true);
		properties.put("huigui.calendar.directory", "target/no-calendar");
		return new SpringApplicationBuilder(HuiguiApplication.class).profiles("postgres")
			.run(PostgresAvailable.commandLine(properties));
	}

	private static JobExecutor jobExecutor(ConfigurableApplicationContext node) {
		return ((ProcessEngineConfigurationImpl) node.getBean(ProcessEngine.class).getProcessEngineConfiguration())
			.getJobExecutor();
	}

	private static BpmnModelInstance timerProcess() {
		return Bpmn.createExecutableProcess("two-nodes-timer").camundaHistoryTimeToLive(1).startEvent()
			.intermediateCatchEvent("Timer_Due").timerWithDate("${due}").intermediateThrowEvent("Event_TimerRan")
			.endEvent().done();
	}

	private static long count(JdbcTemplate jdbc, String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

}
