package org.huigui.bench;

/**
 * The sizes of a benchmark run and the database it runs on. Each is a system property ({@code -Dbench.cases=100})
 * or an environment variable ({@code HUIGUI_BENCH_CASES=100}; {@code bench.monthEnd} is {@code HUIGUI_BENCH_MONTH_END});
 * the defaults are the full sizes.
 */
record BenchSettings(int cases, int warmUp, int workers, int rounds, int jdbcSeconds, int openTasks, int offices,
		int queries, int timers, int monthEnd, int instances, String url, String user, String password, String schema) {

	static BenchSettings fromEnvironment() {
		return new BenchSettings(number("cases", 2_000), number("warmup", 300), number("workers", 4),
				number("rounds", 8), number("jdbc.seconds", 12), number("tasks", 100_000), number("offices", 50),
				number("queries", 200), number("timers", 10_000), number("monthEnd", 10_000),
				number("instances", 100_000),
				text("db.url", "jdbc:postgresql://127.0.0.1:5432/test"), text("db.user", "postgres"),
				text("db.password", ""), text("db.schema", "huigui_bench"));
	}

	private static int number(String name, int fallback) {
		return Integer.parseInt(text(name, String.valueOf(fallback)).replace("_", ""));
	}

	private static String text(String name, String fallback) {
		String property = System.getProperty("bench." + name);
		if (property != null && !property.isBlank()) {
			return property;
		}
		String env = System.getenv(
				"HUIGUI_BENCH_" + name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase().replace('.', '_'));
		return env == null || env.isBlank() ? fallback : env;
	}

}
