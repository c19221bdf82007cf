package org.huigui.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Intake throughput against its two yardsticks, measured in alternating rounds so that a busy moment on a shared
 * machine falls on all three alike: Huigui's intake, the same tasks on bare Camunda, and raw JDBC commits.
 */
final class Throughput {

	private final BenchApplication app;

	private final BenchSettings settings;

	Throughput(BenchApplication app, BenchSettings settings) {
		this.app = app;
		this.settings = settings;
	}

	void run(Report report) throws SQLException {
		CaseRun huigui = new CaseRun(app, "intake", false);
		CaseRun bare = new CaseRun(app, BenchModels.BARE, true);
		JdbcCommits jdbc = new JdbcCommits(settings);
		int warmUp = settings.warmUp();
		new CaseRun(app, "intake", false).run(warmUp, settings.workers(), -warmUp);
		new CaseRun(app, BenchModels.BARE, true).run(warmUp, settings.workers(), -warmUp);
		List<String> ratioByRound = new ArrayList<>();
		List<String> casesPerSecondByRound = new ArrayList<>();
		double huiguiSeconds = 0;
		double bareSeconds = 0;
		double commits = 0;
		int done = 0;
		for (int round = 0; round < settings.rounds(); round++) {
			int cases = (settings.cases() - done) / (settings.rounds() - round);
			double huiguiRound = huigui.run(cases, settings.workers(), done);
			double bareRound = bare.run(cases, settings.workers(), done);
			ratioByRound.add("%.2f".formatted(bareRound / huiguiRound));
			casesPerSecondByRound.add("%.1f / %.1f".formatted(cases / huiguiRound, cases / bareRound));
			huiguiSeconds += huiguiRound;
			bareSeconds += bareRound;
			commits += jdbc.commitsPerSecond(settings.workers(), (double) settings.jdbcSeconds() / settings.rounds());
			done += cases;
		}
		double huiguiRate = done / huiguiSeconds;
		double bareRate = done / bareSeconds;
		double commitRate = commits / settings.rounds();
		double steps = huiguiRate * CaseRun.STEPS_PER_CASE;
		int w = settings.workers();
		report.result("intakeCasesPerSecond", "intake end to end, Huigui (%,d cases, %d workers)".formatted(done, w),
				huiguiRate, "%.1f cases/s (%.0f steps/s)".formatted(huiguiRate, steps), null, null);
		report.result("bareCasesPerSecond", "the same tasks on bare Camunda", bareRate,
				"%.1f cases/s (%.0f steps/s)".formatted(bareRate, bareRate * CaseRun.STEPS_PER_CASE), null, null);
		report.result("huiguiToBare", "Huigui / bare Camunda", huiguiRate / bareRate,
				"**%.3f** (by round: %s)".formatted(huiguiRate / bareRate, String.join(", ", ratioByRound)), "≥ 0.75",
				huiguiRate / bareRate >= 0.75);
		report.value("huiguiToBareByRound", ratioByRound);
		report.value("casesPerSecondByRound (Huigui / bare)", casesPerSecondByRound);
		report.result("jdbcCommitsPerSecond", "raw JDBC commits, one insert each, %d connections".formatted(w), commitRate,
				"%.0f commits/s".formatted(commitRate), null, null);
		report.result("stepsToCommits", "Huigui engine steps / JDBC commits", steps / commitRate,
				"**%.2f**".formatted(steps / commitRate), "≥ 0.25", steps / commitRate >= 0.25);
		Map<String, Map<String, Latencies.Percentiles>> latencies = new LinkedHashMap<>();
		latencies.put("Huigui", huigui.latencies.summary());
		latencies.put("bare Camunda", bare.latencies.summary());
		report.latencies("Intake steps", latencies);
	}

}
