package org.huigui.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Durations per kind of step, in the order the kinds were first seen, and their percentiles. */
final class Latencies {

	private final Map<String, List<Long>> nanos = new LinkedHashMap<>();

	<T> T time(String kind, Supplier<T> work) {
		long start = System.nanoTime();
		T result = work.get();
		record(kind, System.nanoTime() - start);
		return result;
	}

	synchronized void record(String kind, long duration) {
		nanos.computeIfAbsent(kind, k -> new ArrayList<>()).add(duration);
	}

	synchronized Map<String, Percentiles> summary() {
		Map<String, Percentiles> summary = new LinkedHashMap<>();
		nanos.forEach((kind, samples) -> summary.put(kind, Percentiles.of(samples)));
		return summary;
	}

	record Percentiles(int count, double p50, double p95, double p99) {

		static Percentiles of(List<Long> samples) {
			List<Long> sorted = new ArrayList<>(samples);
			Collections.sort(sorted);
			return new Percentiles(sorted.size(), millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99));
		}

		private static double millis(List<Long> sorted, double quantile) {
			int index = (int) Math.ceil(quantile * sorted.size()) - 1;
			return sorted.get(Math.max(0, index)) / 1_000_000.0;
		}

	}

}
