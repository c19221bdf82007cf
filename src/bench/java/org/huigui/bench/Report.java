package org.huigui.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huigui.bench.Latencies.Percentiles;

/** The run's figures: a table on the console, {@code report.md} and {@code report.json}. */
final class Report {

	private final Map<String, Object> json = new LinkedHashMap<>();

	private final List<String> results = new ArrayList<>();

	private final List<String> sections = new ArrayList<>();

	Report(Map<String, Object> settings, Map<String, Object> machine) {
		json.put("ranAt", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
		json.put("settings", settings);
		json.put("machine", machine);
		json.put("results", new LinkedHashMap<String, Object>());
	}

	/** A figure with its value; a goal and whether it is met where the issue sets one. */
	void result(String key, String measure, Object value, String shown, String goal, Boolean met) {
		results().put(key, value);
		if (met != null) {
			results().put(key + "GoalMet", met);
		}
		results.add("| %s | %s | %s | %s |".formatted(measure, shown, goal == null ? "" : goal,
				met == null ? "" : met ? "met" : "**missed**"));
	}

	void value(String key, Object value) {
		results().put(key, value);
	}

	/** Percentiles per kind of step, one column group per run compared. */
	void latencies(String title, Map<String, Map<String, Percentiles>> runs) {
		StringBuilder table = new StringBuilder("### " + title + " (ms: p50 / p95 / p99)\n\n| step |");
		runs.keySet().forEach(run -> table.append(' ').append(run).append(" |"));
		table.append("\n|---|").append("---|".repeat(runs.size())).append('\n');
		for (String kind : runs.values().iterator().next().keySet()) {
			table.append("| ").append(kind).append(" |");
			runs.values().forEach(run -> {
				Percentiles p = run.get(kind);
				table.append(p == null ? " |" : " %.1f / %.1f / %.1f |".formatted(p.p50(), p.p95(), p.p99()));
			});
			table.append('\n');
		}
		sections.add(table.toString());
		Map<String, Object> byRun = new LinkedHashMap<>();
		runs.forEach((run, summary) -> byRun.put(run, summary));
		results().put(title, byRun);
	}

	String markdown() {
		@SuppressWarnings("unchecked")
		Map<String, Object> machine = (Map<String, Object>) json.get("machine");
		StringBuilder md = new StringBuilder("## Huigui benchmark, ").append(json.get("ranAt")).append("\n\n");
		md.append("Machine: ").append(machine.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
			.reduce((a, b) -> a + "; " + b).orElse(""))
			.append("\n\nSettings: ").append(json.get("settings")).append("\n\n");
		md.append("| measure | result | goal | |\n|---|---|---|---|\n");
		results.forEach(row -> md.append(row).append('\n'));
		sections.forEach(section -> md.append('\n').append(section));
		return md.toString();
	}

	void write(Path directory) throws IOException {
		Files.createDirectories(directory);
		Files.writeString(directory.resolve("report.md"), markdown());
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(directory.resolve("report.json").toFile(), json);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> results() {
		return (Map<String, Object>) json.get("results");
	}

	static long heapUsedAfterFullGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
