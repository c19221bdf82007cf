package org.huigui.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.huigui.HuiguiApplication;
import org.huigui.system.PostgresAvailable;
import org.huigui.system.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Huigui as production runs it (the {@code postgres} profile, its own configuration) in an emptied schema
 * ({@code bench.db.schema}, default {@code huigui_bench}), with offices {@code sangzhou}, {@code qiantong},
 * {@code xinli} and more up to the number asked for, one staff login per office, and the job executor stopped
 * until a phase starts it.
 */
final class BenchApplication implements AutoCloseable {

	static final List<String> INTAKE_OFFICES = List.of("sangzhou", "qiantong", "xinli");

	private static final long TIMEOUT_NANOS = 20L * 60 * 1_000_000_000;

	final ConfigurableApplicationContext context;

	final ProcessEngine engine;

	final List<String> offices;

	private BenchApplication(ConfigurableApplicationContext context, List<String> offices) {
		this.context = context;
		this.engine = context.getBean(ProcessEngine.class);
		this.offices = offices;
	}

	static BenchApplication start(BenchSettings settings) throws SQLException {
		PostgresAvailable.emptySchema(settings.url(), settings.user(), settings.password(), settings.schema());
		Map<String, Object> properties = new TreeMap<>(PostgresAvailable.inSchema(settings.url(), settings.user(),
				settings.password(), settings.schema()));
		properties.put("huigui.calendar.directory", "target/no-calendar");
		properties.put("logging.level.root", "warn");
		properties.put("server.port", "0");
		// supervised people check in daily, which keeps moving their gap timer: the benchmark's subjects never check
		// in, so a gap of three days (application.yml) would fall due in the month-end phase too
		properties.put("huigui.supervision.check-in-gap", "P31D");
		List<String> offices = new ArrayList<>(INTAKE_OFFICES);
		for (int i = offices.size(); i < settings.offices(); i++) {
			offices.add("bench%02d".formatted(i));
		}
		properties.putAll(organisation(offices));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(HuiguiApplication.class)
			.profiles("postgres")
			.run(PostgresAvailable.commandLine(properties));
		BenchApplication app = new BenchApplication(context, offices);
		app.configuration().getJobExecutor().shutdown();
		IdentityService identity = app.engine.getIdentityService();
		for (String office : offices) {
			TestUsers.ensure(identity, staff(office), staff(office));
		}
		return app;
	}

	/** The three real offices in their counties, the others in five bench counties. */
	private static Map<String, Object> organisation(List<String> offices) {
		Map<String, List<String>> byCounty = new LinkedHashMap<>();
		byCounty.put("ninghai", List.of("sangzhou", "qiantong"));
		byCounty.put("dongli", List.of("xinli"));
		for (int i = INTAKE_OFFICES.size(); i < offices.size(); i++) {
			byCounty.computeIfAbsent("benchcounty" + i % 5, c -> new ArrayList<>()).add(offices.get(i));
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		int county = 0;
		for (Map.Entry<String, List<String>> entry : byCounty.entrySet()) {
			String prefix = "huigui.organisation.counties[%d].".formatted(county++);
			properties.put(prefix + "code", entry.getKey());
			properties.put(prefix + "name", entry.getKey() + " 司法局");
			for (int i = 0; i < entry.getValue().size(); i++) {
				properties.put(prefix + "offices[%d].code".formatted(i), entry.getValue().get(i));
				properties.put(prefix + "offices[%d].name".formatted(i), entry.getValue().get(i) + " 司法所");
			}
		}
		return properties;
	}

	static String staff(String office) {
		return office + "-staff";
	}

	ProcessEngineConfigurationImpl configuration() {
		return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
	}

	/**
	 * Has PostgreSQL look at the tables a phase has just grown, as its autovacuum would in production, where tables
	 * do not grow by thousands of rows in minutes: without statistics the planner takes them for nearly empty.
	 */
	void analyseGrownTables() {
		context.getBean(JdbcTemplate.class).execute("analyze act_ru_task, act_ru_identitylink, act_ru_authorization,"
				+ " act_ru_execution, act_ru_variable, act_ru_job, case_file, intake_record, grade_change, timeline_event,"
				+ " supervision, supervision_period");
	}

	/**
	 * Starts the job executor, waits until {@code done} (asked every so many milliseconds, for 20 minutes at most),
	 * and stops it again.
	 *
	 * @return the seconds from the start until it stopped
	 */
	double runJobExecutorUntil(long pollMillis, BooleanSupplier done) throws InterruptedException {
		JobExecutor jobExecutor = configuration().getJobExecutor();
		long start = System.nanoTime();
		jobExecutor.start();
		try {
			while (!done.getAsBoolean() && System.nanoTime() - start < TIMEOUT_NANOS) {
				Thread.sleep(pollMillis);
			}
		}
		finally {
			jobExecutor.shutdown();
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/**
	 * Runs the jobs that arrange new supervisions' work (asynchronous after each start, so intake's 宣告 does not wait
	 * for it), at the engine's clock as it is: a phase that starts the job executor then measures only its own jobs.
	 */
	void arrangeSupervisions() throws InterruptedException {
		runJobExecutorUntil(250, () -> count("select count(*) from act_ru_job where handler_type_ = 'async-continuation'"
				+ " and process_def_key_ = 'supervision'") == 0);
	}

	long count(String sql, Object... args) {
		return context.getBean(JdbcTemplate.class).queryForObject(sql, Long.class, args);
	}

	/** Authenticates the thread as the user, with their groups, as Camunda's REST API does per request. */
	void as(String user, Runnable work) {
		IdentityService identity = engine.getIdentityService();
		identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
			.map(Group::getId).toList());
		try {
			work.run();
		}
		finally {
			identity.clearAuthentication();
		}
	}

	@Override
	public void close() {
		context.close();
	}

}
