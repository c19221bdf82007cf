package org.huigui.system;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

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
