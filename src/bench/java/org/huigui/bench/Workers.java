package org.huigui.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Items 0..n-1 done by a number of threads, each taking the next item until none is left. */
final class Workers {

	private Workers() {
	}

	/** @return the seconds from the first item taken to the last one done */
	static double run(int threads, int items, IntConsumer item) {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		AtomicInteger next = new AtomicInteger();
		long start = System.nanoTime();
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				running.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < items; i = next.getAndIncrement()) {
						item.accept(i);
					}
				}));
			}
			for (Future<?> worker : running) {
				worker.get();
			}
			return (System.nanoTime() - start) / 1e9;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("a benchmark worker failed", ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

}
