package org.huigui.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.huigui.system.DiagramScenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/supervision-session.bpmn} alone: a session is registered by the staff member who starts it, its
 * attendees are ticked and their hours recorded.
 */
@Deployment(resources = "processes/supervision-session.bpmn")
class SupervisionSessionDiagramTest extends DiagramScenarios {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = diagramEngine();

	static final String SESSION = "JYHD-2026-000001";

	/** The office staff's login. */
	static final String RECORDED_BY = "sangzhou-staff";

	@AfterEach
	void nobodyLoggedIn() {
		identityService().clearAuthentication();
	}

	@Test
	void sessionRegistered_attendeesTicked_theirHoursRecorded() {
		delegate("prepareSession", execution -> execution.setProcessBusinessKey(SESSION));
		delegates("recordAttendance");
		Date tickBy = deadline(d -> d.workingDaysFromToday(3));

		identityService().setAuthenticatedUserId(RECORDED_BY);
		ProcessInstance session = runtimeService().startProcessInstanceByKey("supervision-session", Map.of("sessionKind",
				"STUDY", "heldOn", "2026-03-10", "hours", 2, "place", "桑洲司法所", "content", "法治教育"));

		assertThat(session).hasBusinessKey(SESSION).variables().containsEntry("sessionRecordedBy", RECORDED_BY);
		doTask(session, "Task_ChooseAttendees", STAFF, tickBy, Map.of());

		assertThat(session).isEnded().hasPassed("EndEvent_SessionRecorded");
		assertThat(ran).containsExactly("prepareSession", "recordAttendance");
	}

}
