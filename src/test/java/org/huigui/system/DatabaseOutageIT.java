package org.huigui.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.huigui.HuiguiApplication;
import org.huigui.intake.IntakeScenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reliability test 4: PostgreSQL stops for 30 seconds while two staff members register intakes and read
 * cases. Health reports DOWN, every request meanwhile is answered 503 with a clear message within seconds
 * ({@code /api}, {@code /engine-rest}, the webapps' REST calls and login); once the database is back the same
 * running application answers again, no acknowledged intake is lost, and the job executor runs a timer that
 * fell due during the outage. The server stopped is the test's own ({@link ThrowawayPostgres}).
 */
class DatabaseOutageIT {

	private static final Duration OUTAGE = Duration.ofSeconds(30);

	/** Longest answer allowed while the database is gone: the pool's 5 s connection timeout and some load. */
	private static final Duration PROMPT = Duration.ofSeconds(10);

	private static final String SCHEMA = "huigui_outage";

	private static final String STAFF = "sangzhou-staff";

	private static final String UNAVAILABLE = "数据库暂时不可用";

	@RegisterExtension
	static final ThrowawayPostgres postgres = new ThrowawayPostgres();

	private static ConfigurableApplicationContext application;

	private static String base;

	private static final ObjectMapper json = new ObjectMapper();

	@BeforeAll
	static void startApplication() throws Exception {
		PostgresAvailable.emptySchema(postgres.url(), "postgres", "", SCHEMA);
		Map<String, Object> properties = PostgresAvailable.inSchema(postgres.url(), "postgres", "", SCHEMA);
		properties.put("server.port", 0);
		properties.put("huigui.calendar.directory", "target/no-calendar");
		application = new SpringApplicationBuilder(HuiguiApplication.class).profiles("postgres")
			.run(PostgresAvailable.commandLine(properties));
		base = "http://127.0.0.1:" + application.getEnvironment().getProperty("local.server.port");
		TestUsers.ensure(engine().getIdentityService(), STAFF, STAFF);
	}

	@AfterAll
	static void closeApplication() {
		if (application != null) {
			application.close();
		}
	}

	@Test
	void postgresStoppedFor30Seconds_answers503_thenResumesWithoutRestartOrLoss() throws Exception {
		Client webapp = new Client();
		webapp.logIntoTasklist();
		assertThat(webapp.get("/camunda/api/engine/engine/default/task/count").status).isEqualTo(200);
		Client staff = new Client();
		Instant down;
		Instant up;
		String timer;
		Load load = new Load();
		try {
			Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> load.acknowledged().size() >= 3);
			timer = startTimerDueAt(Instant.now().plus(OUTAGE.dividedBy(2)));

			postgres.stop();
			down = Instant.now();
			Answer health = staff.get("/actuator/health");
			assertThat(health.status).as(health.toString()).isEqualTo(503);
			assertThat(health.body).contains("\"DOWN\"");
			assertThat(health.took()).isLessThan(PROMPT);
			for (Answer answer : List.of(staff.get("/engine-rest/task"), webapp.get("/camunda/api/engine/engine/default/task/count"),
					webapp.logIntoTasklistAnswer())) {
				assertUnavailable(answer);
			}

			Thread.sleep(Math.max(0, Duration.between(Instant.now(), down.plus(OUTAGE)).toMillis()));
			up = Instant.now();
			postgres.start();
			Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
				.until(() -> staff.get("/actuator/health").status == 200);
			Awaitility.await().atMost(Duration.ofMinutes(1))
				.until(() -> load.acknowledged().stream().anyMatch(answer -> answer.sent.isAfter(up)));
		}
		finally {
			load.stop();
		}

		List<Answer> duringOutage = load.answers.stream()
			.filter(answer -> answer.sent.isAfter(down) && answer.received.isBefore(up))
			.toList();
		assertThat(duringOutage).as("requests while the database was down").hasSizeGreaterThanOrEqualTo(4);
		duringOutage.forEach(DatabaseOutageIT::assertUnavailable);
		assertThat(load.answers).as("every answer: done, or unavailable").allSatisfy(answer -> {
			if (answer.status < 200 || answer.status >= 300) {
				assertUnavailable(answer);
			}
		});

		List<String> caseNumbers = load.acknowledged().stream().map(DatabaseOutageIT::caseNumber).toList();
		assertThat(caseNumbers).doesNotHaveDuplicates();
		for (String caseNumber : caseNumbers) {
			assertThat(staff.get("/api/cases/" + caseNumber).status).as(caseNumber).isEqualTo(200);
			assertThat(engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
				.processDefinitionKey("intake").count()).as(caseNumber).isEqualTo(1);
		}
		assertThat(staff.post("/api/intakes", application()).status).isEqualTo(201);
		assertThat(webapp.get("/camunda/api/engine/engine/default/task/count").status).isEqualTo(200);

		Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
			.until(() -> engine().getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(timer)
				.activityId("Event_TimerRan").count() == 1);
		assertThat(((ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration()).getJobExecutor().isActive())
			.isTrue();
	}

	private static void assertUnavailable(Answer answer) {
		assertThat(answer.status).as(answer.toString()).isEqualTo(503);
		assertThat(answer.body).as(answer.toString()).contains(UNAVAILABLE);
		assertThat(answer.took()).as(answer.toString()).isLessThan(PROMPT);
	}

	/** A process whose only step is a timer: it runs when the job executor picks the timer up. */
	private static String startTimerDueAt(Instant due) {
		ProcessEngine engine = engine();
		engine.getRepositoryService().createDeployment()
			.addModelInstance("outage-timer.bpmn", Bpmn.createExecutableProcess("outage-timer").camundaHistoryTimeToLive(1)
				.startEvent().intermediateCatchEvent("Timer_Due").timerWithDate("${due}")
				.intermediateThrowEvent("Event_TimerRan").endEvent().done())
			.deploy();
		return engine.getRuntimeService().startProcessInstanceByKey("outage-timer", Map.of("due", Date.from(due))).getId();
	}

	private static ProcessEngine engine() {
		return application.getBean(ProcessEngine.class);
	}

	private static String application() throws Exception {
		return json.writeValueAsString(IntakeScenarios.application(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1), "MALE"));
	}

	private static String caseNumber(Answer intake) {
		try {
			return json.readTree(intake.body).get("caseNumber").asText();
		}
		catch (Exception ex) {
			throw new IllegalStateException(intake.toString(), ex);
		}
	}

	/** Two staff members, each registering an intake and reading a case in turn, about three requests a second. */
	private static final class Load {

		final Queue<Answer> answers = new ConcurrentLinkedQueue<>();

		private final ExecutorService workers = Executors.newFixedThreadPool(2);

		private volatile boolean running = true;

		Load() {
			for (int i = 0; i < 2; i++) {
				workers.execute(this::work);
			}
		}

		private void work() {
			Client staff = new Client();
			String lastCase = null;
			while (running) {
				try {
					Answer intake = staff.post("/api/intakes", application());
					answers.add(intake);
					if (intake.status == 201) {
						lastCase = caseNumber(intake);
					}
					if (lastCase != null) {
						answers.add(staff.get("/api/cases/" + lastCase));
					}
					Thread.sleep(300);
				}
				catch (InterruptedException ex) {
					return;
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}
		}

		/** The intakes answered 201: registered, as far as their users know. */
		List<Answer> acknowledged() {
			return answers.stream().filter(answer -> answer.request.startsWith("POST /api/intakes") && answer.status == 201).toList();
		}

		void stop() throws InterruptedException {
			running = false;
			workers.shutdown();
			assertThat(workers.awaitTermination(1, TimeUnit.MINUTES)).as("load stopped").isTrue();
		}

	}

	private record Answer(String request, Instant sent, Instant received, int status, String body) {

		Duration took() {
			return Duration.between(sent, received);
		}

	}

	/** One user's HTTP client: HTTP Basic as a staff member, or a Tasklist session with its CSRF token. */
	private static final class Client {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5)).cookieHandler(cookies).build();

		Answer get(String path) throws Exception {
			return send("GET " + path, request(path).GET());
		}

		Answer post(String path, String body) throws Exception {
			return send("POST " + path, request(path).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
		}

		void logIntoTasklist() throws Exception {
			send("GET /camunda/app/tasklist/", HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/")));
			Answer login = logIntoTasklistAnswer();
			assertThat(login.status).as(login.toString()).isEqualTo(200);
		}

		Answer logIntoTasklistAnswer() throws Exception {
			String path = "/camunda/api/admin/auth/user/default/login/tasklist";
			return send("POST " + path, HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-XSRF-TOKEN", csrfToken())
				.POST(HttpRequest.BodyPublishers
					.ofString("username=" + PostgresAvailable.ADMIN + "&password=" + PostgresAvailable.ADMIN_PASSWORD)));
		}

		private HttpRequest.Builder request(String path) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
			if (path.startsWith("/camunda/")) {
				return request.header("X-XSRF-TOKEN", csrfToken());
			}
			String login = STAFF + ":" + TestUsers.PASSWORD;
			return request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
		}

		private String csrfToken() {
			return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
				.map(HttpCookie::getValue).findFirst().orElse("");
		}

		/** A request not answered in 20 s is taken as unanswered (status 0). */
		private Answer send(String what, HttpRequest.Builder request) throws InterruptedException {
			Instant sent = Instant.now();
			try {
				HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				return new Answer(what, sent, Instant.now(), response.statusCode(), response.body());
			}
			catch (IOException ex) {
				return new Answer(what, sent, Instant.now(), 0, ex.toString());
			}
		}

	}

}
