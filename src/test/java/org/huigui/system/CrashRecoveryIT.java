package org.huigui.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.huigui.handover.HandoverScenarios;
import org.huigui.intake.IntakeScenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 7, reliability test 3: the packaged application, on PostgreSQL (schema {@value #SCHEMA}), is killed with
 * {@code SIGKILL} in the middle of a load of mixed operations through the REST APIs (intakes, release notices,
 * task completions) by {@value #THREADS} threads, then started again. Every acknowledged operation is there
 * exactly once, an operation the client sends again after the crash is not applied twice, the consistency check
 * finds nothing, and timers that fell due before the kill run after the restart, once each.
 * The application's output is in {@code target/crash/}.
 */
@ExtendWith(PostgresAvailable.Reachable.class)
class CrashRecoveryIT {

	static final String SCHEMA = "huigui_crash";

	static final String STAFF = "crash-staff";

	static final String PASSWORD = "Kill-Nine-2026!";

	static final int OPERATIONS = 400;

	static final int KILL_AFTER_ACKNOWLEDGED = 150;

	static final int THREADS = 4;

	static final Duration START = Duration.ofMinutes(4);

	static PackagedApplication application;

	static Map<String, Object> properties;

	final Map<String, String> intakes = new ConcurrentHashMap<>();

	final Map<String, String> notices = new ConcurrentHashMap<>();

	final Map<String, String> completions = new ConcurrentHashMap<>();

	final Queue<String> dueTimers = new ConcurrentLinkedQueue<>();

	final Queue<Map<String, Object>> unacknowledgedIntakes = new ConcurrentLinkedQueue<>();

	final Queue<Map<String, Object>> unacknowledgedNotices = new ConcurrentLinkedQueue<>();

	final Queue<String> awaitingDocumentCheck = new ConcurrentLinkedQueue<>();

	final Queue<String> refused = new ConcurrentLinkedQueue<>();

	final AtomicInteger acknowledged = new AtomicInteger();

	@BeforeAll
	static void firstStart() throws Exception {
		PostgresAvailable.emptySchema(SCHEMA);
		properties = PostgresAvailable.inSchema(SCHEMA);
		properties.put("huigui.calendar.directory", "target/no-calendar");
		application = new PackagedApplication("crash", properties);
		// the first start runs no jobs, so the due timers are still waiting when it is killed and must run after the restart
		application.start("first-start", START, Map.of("camunda.bpm.job-execution.enabled", false));
		JsonApi admin = admin();
		assertThat(admin.post("/engine-rest/user/create", Map.of("profile",
				Map.of("id", STAFF, "firstName", "压力", "lastName", "测试"), "credentials", Map.of("password", PASSWORD)))
			.status()).isEqualTo(204);
		assertThat(admin.put("/engine-rest/group/sangzhou-staff/members/" + STAFF, Map.of()).status()).isEqualTo(204);
	}

	@AfterAll
	static void stop() throws InterruptedException {
		if (application != null) {
			application.close();
		}
	}

	@Test
	void acknowledgedWork_survivesAKill_onceEach_andTimersCarryOn() throws Exception {
		loadUntilKilled();
		application.start("after-kill", START, Map.of());
		sendAgainWhatWasNotAcknowledged();
		List<String> dueAfterRestart = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			dueAfterRestart.add(intake(LocalDate.now(ProcessDriver.SHANGHAI).minusDays(11)));
		}

		assertThat(refused).as("answers other than 2xx while the application ran").isEmpty();
		assertThat(intakes.values()).as("case numbers of acknowledged intakes").doesNotHaveDuplicates();
		try (Connection db = database()) {
			for (Map.Entry<String, String> intake : intakes.entrySet()) {
				assertThat(casesOf(db, intake.getKey())).as("cases of ID number %s", intake.getKey())
					.containsExactly(intake.getValue());
			}
			for (Map<String, Object> intake : unacknowledgedIntakes) {
				assertThat(casesOf(db, (String) intake.get("idNumber"))).as("cases of an intake sent again").hasSize(1);
			}
			for (Map.Entry<String, String> notice : notices.entrySet()) {
				assertThat(noticesOf(db, notice.getKey())).as("notices of ID number %s", notice.getKey())
					.containsExactly(notice.getValue());
			}
			for (Map<String, Object> notice : unacknowledgedNotices) {
				assertThat(noticesOf(db, (String) notice.get("idNumber"))).as("notices of a notice sent again").hasSize(1);
			}
			for (Map.Entry<String, String> completion : completions.entrySet()) {
				assertThat(count(db, "select count(*) from timeline_event where case_number = ? and kind = 'STEP_COMPLETED'"
						+ " and activity_id = 'Task_CheckDocuments'", completion.getValue()))
					.as("核对法律文书 on the timeline of %s", completion.getValue()).isEqualTo(1);
				assertThat(admin().get("/engine-rest/task/" + completion.getKey()).status()).as("completed task").isEqualTo(404);
			}
		}
		JsonNode report = admin().get("/api/admin/consistency").body();
		assertThat(report.get("mismatches")).as(report.toString()).isEmpty();
		assertThat(report.get("casesChecked").asInt()).isGreaterThanOrEqualTo(intakes.size() + notices.size());
		List<String> due = new ArrayList<>(dueTimers);
		due.addAll(dueAfterRestart);
		try (Connection db = database()) {
			Awaitility.await("every due 逾期未报到 escalated").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
				.until(() -> {
					for (String caseNumber : due) {
						if (escalations(db, caseNumber) == 0) {
							return false;
						}
					}
					return true;
				});
			for (String caseNumber : due) {
				assertThat(escalations(db, caseNumber)).as("escalations of %s", caseNumber).isEqualTo(1);
				assertThat(admin().get("/engine-rest/task/count?taskDefinitionKey=Task_SearchPerson&processInstanceBusinessKey="
						+ caseNumber).body().get("count").asInt()).as("查找未报到人员 of %s", caseNumber).isEqualTo(1);
			}
			assertThat(count(db, "select count(*) from act_ru_incident")).as("incidents").isZero();
		}
	}

	/** The load: mixed operations by several threads; the application is killed once enough were acknowledged. */
	private void loadUntilKilled() throws Exception {
		AtomicInteger next = new AtomicInteger();
		AtomicBoolean killed = new AtomicBoolean();
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		for (int t = 0; t < THREADS; t++) {
			threads.submit(() -> {
				for (int n = next.getAndIncrement(); n < OPERATIONS && !killed.get(); n = next.getAndIncrement()) {
					operation(n);
				}
			});
		}
		Awaitility.await("operations acknowledged before the kill").atMost(Duration.ofMinutes(4))
			.pollInterval(Duration.ofMillis(50)).until(() -> acknowledged.get() >= KILL_AFTER_ACKNOWLEDGED);
		application.kill();
		killed.set(true);
		threads.shutdown();
		assertThat(threads.awaitTermination(2, TimeUnit.MINUTES)).as("load threads ended").isTrue();
		long escalatedBeforeKill = 0;
		try (Connection db = database()) {
			for (String caseNumber : dueTimers) {
				escalatedBeforeKill += escalations(db, caseNumber);
			}
		}
		System.out.printf("Killed after %d acknowledged operations: %d intakes, %d release notices, %d task completions,"
				+ " %d due timers; %d intakes and %d notices unanswered%n", acknowledged.get(),
				intakes.size(), notices.size(), completions.size(), dueTimers.size(),
				unacknowledgedIntakes.size(), unacknowledgedNotices.size());
		assertThat(dueTimers).as("due timers waiting at the kill").isNotEmpty();
		assertThat(escalatedBeforeKill).as("due timers run before the kill").isZero();
	}

	private void operation(int n) {
		LocalDate today = LocalDate.now(ProcessDriver.SHANGHAI);
		try {
			switch (n % 4) {
				case 0 -> intake(n % 8 == 0 ? today.minusDays(11) : today);
				case 1 -> notice(today);
				default -> {
					String caseNumber = awaitingDocumentCheck.poll();
					if (caseNumber == null) {
						intake(today);
					}
					else {
						checkDocuments(caseNumber);
					}
				}
			}
		}
		catch (Exception unanswered) {
			// the application was killed before it answered: the operation is not acknowledged
		}
	}

	/** An intake; one whose judgment took effect 11 days ago has its reporting deadline (逾期未报到) already due. */
	private String intake(LocalDate judgmentEffectiveOn) throws Exception {
		Map<String, Object> application = IntakeScenarios.application(judgmentEffectiveOn, "MALE");
		unacknowledgedIntakes.add(application);
		JsonApi.Answer answer = staff().post("/api/intakes", application);
		if (!answer.acknowledged()) {
			refused.add("intake: " + answer);
			return null;
		}
		unacknowledgedIntakes.remove(application);
		String caseNumber = answer.body().get("caseNumber").asText();
		intakes.put((String) application.get("idNumber"), caseNumber);
		if (judgmentEffectiveOn.isBefore(LocalDate.now(ProcessDriver.SHANGHAI).minusDays(10))) {
			dueTimers.add(caseNumber);
		}
		awaitingDocumentCheck.add(caseNumber);
		acknowledged.incrementAndGet();
		return caseNumber;
	}

	private void notice(LocalDate today) throws Exception {
		Map<String, Object> notice = HandoverScenarios.notice("PROPERTY", "盗窃罪", "GOOD");
		notice.put("releaseDate", today.plusDays(30).toString());
		unacknowledgedNotices.add(notice);
		JsonApi.Answer answer = staff().post("/api/release-notices", notice);
		if (answer.status() != 201) {
			refused.add("release notice: " + answer);
			return;
		}
		unacknowledgedNotices.remove(notice);
		notices.put((String) notice.get("idNumber"), answer.body().get("reference").asText());
		acknowledged.incrementAndGet();
	}

	private void checkDocuments(String caseNumber) throws Exception {
		JsonNode tasks = staff().get("/engine-rest/task?taskDefinitionKey=Task_CheckDocuments&processInstanceBusinessKey="
				+ caseNumber).body();
		assertThat(tasks).as("核对法律文书 of %s", caseNumber).hasSize(1);
		String taskId = tasks.get(0).get("id").asText();
		JsonApi.Answer answer = staff().post("/engine-rest/task/" + taskId + "/submit-form",
				Map.of("variables", Map.of("documentsCheck", Map.of("value", "COMPLETE"))));
		if (!answer.acknowledged()) {
			refused.add("task completion: " + answer);
			return;
		}
		completions.put(taskId, caseNumber);
		acknowledged.incrementAndGet();
	}

	/** What a client does after a crash: sends again what was not answered; nothing may be applied twice. */
	private void sendAgainWhatWasNotAcknowledged() throws Exception {
		for (Map<String, Object> intake : unacknowledgedIntakes) {
			JsonApi.Answer answer = staff().post("/api/intakes", intake);
			assertThat(answer.status() == 201 || answer.status() == 400 && "idNumber".equals(answer.body().get("field").asText()))
				.as("intake sent again: %s", answer).isTrue();
		}
		for (Map<String, Object> notice : unacknowledgedNotices) {
			JsonApi.Answer answer = staff().post("/api/release-notices", notice);
			assertThat(answer.status() == 201 || answer.status() == 200 && answer.body().get("duplicate").asBoolean())
				.as("release notice sent again: %s", answer).isTrue();
		}
	}

	private static List<String> casesOf(Connection db, String idNumber) throws SQLException {
		return strings(db, "select c.case_number from case_file c join person p on p.id = c.person_id where p.id_number = ?",
				idNumber);
	}

	private static List<String> noticesOf(Connection db, String idNumber) throws SQLException {
		return strings(db, "select reference from release_notice where id_number = ?", idNumber);
	}

	private static long escalations(Connection db, String caseNumber) throws SQLException {
		return count(db, "select count(*) from timeline_event where case_number = ? and kind = 'ESCALATION'"
				+ " and activity_id = 'Task_RecordNotReported'", caseNumber);
	}

	private static List<String> strings(Connection db, String sql, String parameter) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setString(1, parameter);
			List<String> values = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					values.add(rows.getString(1));
				}
			}
			return values;
		}
	}

	private static long count(Connection db, String sql, String... parameters) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setString(i + 1, parameters[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	private static Connection database() throws SQLException {
		return DriverManager.getConnection((String) properties.get("spring.datasource.url"),
				(String) properties.get("spring.datasource.username"), (String) properties.get("spring.datasource.password"));
	}

	private static JsonApi admin() {
		return new JsonApi(application.baseUrl(), (String) properties.get("camunda.bpm.admin-user.id"),
				(String) properties.get("camunda.bpm.admin-user.password"));
	}

	private static JsonApi staff() {
		return new JsonApi(application.baseUrl(), STAFF, PASSWORD);
	}

}
