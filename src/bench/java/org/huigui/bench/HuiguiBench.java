package org.huigui.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The performance benchmark ({@code ./mvnw -Pbench verify}, see the README's Performance section): Huigui's
 * intake against bare Camunda and against the database's own commit rate in the same run, Tasklist's office
 * filter among many open tasks, due timers through the job executor, supervision's month-end, and the heap with many
 * running instances.
 * Sizes come from {@link BenchSettings}. It fails only when something went wrong, never on a goal missed.
 */
class HuiguiBench {

	@Test
	void run() throws Exception {
		BenchSettings settings = BenchSettings.fromEnvironment();
		Report report = new Report(settingsOf(settings), machine(settings));
		try (BenchApplication app = BenchApplication.start(settings)) {
			BenchModels.deploy(app.engine.getRepositoryService());
			progress("intake, bare Camunda and JDBC in %d rounds".formatted(settings.rounds()));
			new Throughput(app, settings).run(report);
			OpenTasks open = new OpenTasks(app);
			progress("%,d open tasks".formatted(settings.openTasks()));
			tasklist(app, settings, report, open);
			progress("%,d due timers".formatted(settings.timers()));
			app.arrangeSupervisions();
			timers(app, settings, report);
			progress("%,d subjects' month-end".formatted(settings.monthEnd()));
			monthEnd(app, settings, report);
			progress("%,d running instances".formatted(settings.instances()));
			heap(app, settings, report, open);
		}
		report.value("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		report.write(Path.of("target", "bench"));
		System.out.println(report.markdown());
		System.out.println("Written: target/bench/report.md, target/bench/report.json");
	}

	private static void progress(String phase) {
		System.out.println(LocalTime.now().withNano(0) + " bench: " + phase);
	}

	private static void timers(BenchApplication app, BenchSettings settings, Report report) throws InterruptedException {
		DueTimers.Result timers = new DueTimers(app).run(settings.timers(), settings.workers());
		boolean once = timers.ranTwice() == 0 && timers.succeededTwice() == 0 && timers.escalations() == timers.timers();
		report.result("timerJobsPerSecond", "due timers (逾期未报到) by the job executor", timers.jobsPerSecond(),
				"%,d in %.1f s: **%.0f jobs/s**".formatted(timers.timers(), timers.seconds(), timers.jobsPerSecond()),
				"≥ 200 jobs/s", timers.jobsPerSecond() >= 200);
		report.result("timersRanTwice", "timers run twice / failed attempts / escalations written", timers.ranTwice(),
				"%d / %d / %,d".formatted(timers.ranTwice() + timers.succeededTwice(), timers.failures(), timers.escalations()),
				"none twice, each once", once);
		if (!once) {
			throw new AssertionError("timers not each executed exactly once: " + timers);
		}
	}

	private static void monthEnd(BenchApplication app, BenchSettings settings, Report report) throws InterruptedException {
		SupervisionMonthEnd.Result monthEnd = new SupervisionMonthEnd(app).run(settings.monthEnd(), settings.workers());
		report.result("monthEndTasksPerSecond", "supervision month-end (three weekly periods and the month end at once)"
				+ " by the job executor, %,d subjects".formatted(monthEnd.subjects()), monthEnd.tasksPerSecond(),
				"%,d tasks in %.1f s: **%.0f tasks/s**".formatted(monthEnd.allTasks(), monthEnd.seconds(),
						monthEnd.tasksPerSecond()), "no goal", null);
		report.result("monthEndTwice", "month-end tasks or jobs twice / failed attempts / incidents / tasks created",
				monthEnd.twice(), "%d / %d / %d / %s".formatted(monthEnd.twice(), monthEnd.failures(), monthEnd.incidents(),
						monthEnd.created()), "none twice, each once", monthEnd.eachOnce());
		report.value("monthEndSubjects", monthEnd.subjects());
		report.value("monthEndSeconds", monthEnd.seconds());
		report.value("monthEndSubjectsSeededPerSecond", monthEnd.subjects() / monthEnd.seedSeconds());
		report.value("monthEndTasks", monthEnd.tasks());
		report.value("monthEndJobsSucceeded", monthEnd.jobsSucceeded());
		report.value("monthEndFailedAttempts", monthEnd.failures());
		report.value("monthEndIncidents", monthEnd.incidents());
		if (!monthEnd.eachOnce()) {
			throw new AssertionError("month-end tasks not each created exactly once: " + monthEnd);
		}
	}

	/**
	 * Before the due timers, whose intakes leave tasks open at three offices: the offices then hold the goal's
	 * 100,000 tasks evenly.
	 */
	private static void tasklist(BenchApplication app, BenchSettings settings, Report report, OpenTasks open) {
		double seeded = open.upTo(settings.openTasks(), settings.workers());
		report.value("openTasksSeededPerSecond", settings.openTasks() / seeded);
		TasklistQueries tasklist = new TasklistQueries(app);
		tasklist.run(settings.queries());
		Latencies.Percentiles both = tasklist.latencies.summary().get("page and count");
		report.result("tasklistP95Millis", "Tasklist 本所待办 (page of 15 + count), %,d open tasks, %d offices"
			.formatted(settings.openTasks(), settings.offices()), both.p95(),
				"p50 %.1f ms, **p95 %.1f ms**".formatted(both.p50(), both.p95()), "p95 ≤ 150 ms", both.p95() <= 150);
		report.latencies("Tasklist office filter", Map.of("%,d open tasks".formatted(settings.openTasks()),
				tasklist.latencies.summary()));
	}

	private static void heap(BenchApplication app, BenchSettings settings, Report report, OpenTasks open) {
		open.upTo(settings.instances(), settings.workers());
		long running = app.engine.getRuntimeService().createProcessInstanceQuery().count();
		long heap = Report.heapUsedAfterFullGc() / (1024 * 1024);
		report.result("heapUsedMegabytes", "heap used after a full GC, %,d running instances".formatted(running), heap,
				"**%d MB** (max heap %d MB)".formatted(heap, Runtime.getRuntime().maxMemory() / (1024 * 1024)),
				"≤ 512 MB", heap <= 512);
	}

	private static Map<String, Object> settingsOf(BenchSettings settings) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("cases", settings.cases());
		map.put("warmUp", settings.warmUp());
		map.put("workers", settings.workers());
		map.put("rounds", settings.rounds());
		map.put("jdbcSeconds", settings.jdbcSeconds());
		map.put("openTasks", settings.openTasks());
		map.put("offices", settings.offices());
		map.put("queries", settings.queries());
		map.put("timers", settings.timers());
		map.put("monthEnd", settings.monthEnd());
		map.put("instances", settings.instances());
		return map;
	}

	private static Map<String, Object> machine(BenchSettings settings) throws Exception {
		Map<String, Object> machine = new LinkedHashMap<>();
		machine.put("cpu", Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
			.findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?"));
		machine.put("cores", Runtime.getRuntime().availableProcessors());
		machine.put("memory", "%d GB".formatted(((OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean()).getTotalMemorySize() >> 30));
		machine.put("loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		machine.put("java", System.getProperty("java.version"));
		try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
				ResultSet version = connection.createStatement().executeQuery("show server_version")) {
			version.next();
			machine.put("postgresql", version.getString(1) + " at " + settings.url());
		}
		catch (SQLException ex) {
			machine.put("postgresql", "unreachable: " + ex.getMessage());
		}
		return machine;
	}

}
