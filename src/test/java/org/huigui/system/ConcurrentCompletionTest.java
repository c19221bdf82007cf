package org.huigui.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.huigui.casefile.Timeline;
import org.huigui.intake.IntakeScenarios;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * Two users submit the same task at the same moment: exactly one succeeds, the other is told clearly that
 * someone else has done it, and the case store records the step once.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:concurrent;DB_CLOSE_DELAY=-1")
class ConcurrentCompletionTest extends ProcessScenarios {

	@Autowired
	Timeline timeline;

	@RepeatedTest(10)
	void twoUsersCompleteTheSameTask_oneWins_theOtherGetsAConflict() throws Exception {
		ProcessDriver.clockAt(LocalDate.of(2026, 3, 2));
		ResponseEntity<Map> started = rest.withBasicAuth("sangzhou-staff", TestUsers.PASSWORD).postForEntity("/api/intakes",
				IntakeScenarios.application(LocalDate.of(2026, 3, 1), "MALE"), Map.class);
		String caseNumber = (String) started.getBody().get("caseNumber");
		String taskId = driver.task(caseNumber, "Task_CheckDocuments").getId();
		Map<String, Object> form = Map.of("variables", Map.of("documentsCheck", Map.of("value", "COMPLETE")));

		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch ready = new CountDownLatch(2);
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<ResponseEntity<Map>>> answers = List.of("sangzhou-staff", "sangzhou-head").stream()
			.map(user -> CompletableFuture.supplyAsync(() -> {
				ready.countDown();
				await(go);
				return rest.withBasicAuth(user, TestUsers.PASSWORD)
					.postForEntity("/engine-rest/task/" + taskId + "/submit-form", form, Map.class);
			}, pool))
			.toList();
		ready.await();
		go.countDown();
		List<ResponseEntity<Map>> results = answers.stream().map(CompletableFuture::join).toList();
		pool.shutdown();

		assertThat(results).filteredOn(r -> r.getStatusCode() == HttpStatus.NO_CONTENT).hasSize(1);
		ResponseEntity<Map> loser = results.stream().filter(r -> r.getStatusCode() != HttpStatus.NO_CONTENT).findFirst().orElseThrow();
		assertThat(loser.getStatusCode()).as(String.valueOf(loser.getBody())).isEqualTo(HttpStatus.CONFLICT);
		assertThat((String) loser.getBody().get("message")).contains("已由他人同时办理");
		assertThat(timeline.of(caseNumber)).filteredOn(e -> "Task_CheckDocuments".equals(e.getActivityId())).hasSize(1);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
