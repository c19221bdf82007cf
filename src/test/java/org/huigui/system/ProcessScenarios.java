package org.huigui.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.assertj.core.api.Condition;
import org.huigui.casefile.Cancellation;
import org.huigui.casefile.Timeline;
import org.huigui.casefile.TimelineEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What every process scenario class shares: the engine's services (also behind the engine REST API),
 * logins for every office and county (created where the profile has none), a driver that does tasks as
 * those users, and a clock that is reset after each test. Timers run only when a test runs their job.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false", "huigui.calendar.directory=target/no-calendar" })
public abstract class ProcessScenarios {

	@Autowired
	protected ProcessEngine processEngine;

	@Autowired
	protected RuntimeService runtimeService;

	@Autowired
	protected TaskService taskService;

	@Autowired
	protected IdentityService identityService;

	@Autowired
	protected TestRestTemplate rest;

	protected ProcessDriver driver;

	@Value("${camunda.bpm.admin-user.id}")
	protected String administrator;

	@Value("${camunda.bpm.admin-user.password}")
	protected String administratorPassword;

	/**
	 * The engine REST API finds its engine by name in one registry per JVM, where every test context
	 * registers its own: this context's engine answers this class's REST calls.
	 */
	@BeforeEach
	protected void logins() {
		ProcessEngines.registerProcessEngine(processEngine);
		BpmnAwareTests.init(processEngine);
		driver = new ProcessDriver(taskService, identityService);
		for (String office : List.of("sangzhou", "qiantong", "xinli")) {
			TestUsers.ensure(identityService, office + "-staff", office + "-staff");
			TestUsers.ensure(identityService, office + "-head", office + "-head", office + "-staff");
		}
		TestUsers.ensure(identityService, "ninghai-bureau", "ninghai-bureau");
		TestUsers.ensure(identityService, "dongli-bureau", "dongli-bureau");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	/**
	 * Deletes an instance as the administrator does in Cockpit: {@code DELETE /engine-rest/process-instance/{id}}
	 * skipping custom listeners and input/output mappings (the dialog's defaults), with no reason.
	 */
	protected void cancelInCockpit(String processInstanceId) {
		ResponseEntity<Void> response = rest.withBasicAuth(administrator, administratorPassword).exchange(
				"/engine-rest/process-instance/" + processInstanceId + "?skipCustomListeners=true&skipIoMappings=true",
				HttpMethod.DELETE, null, Void.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	/** The case's timeline line saying that a process was cancelled, by whom and why. */
	protected static Condition<TimelineEvent> cancellationBy(String user, String reason) {
		return new Condition<>(line -> Cancellation.TIMELINE_KIND.equals(line.getKind()) && user.equals(line.getUserId())
				&& line.getDetail().equals("撤销人：%s；原因：%s".formatted(user.equals(Timeline.SYSTEM) ? "系统" : user, reason)),
				"cancelled by %s: %s", user, reason);
	}

	/** Starts the latest version of a process through its start form, as the user would in Tasklist. */
	protected ProcessInstance startForm(String user, String processKey, Map<String, Object> form) {
		identityService.setAuthentication(user,
				identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
		try {
			return processEngine.getFormService().submitStartForm(processEngine.getRepositoryService()
				.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult().getId(), form);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

}
