package org.huigui.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEFAULTS;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.huigui.calendar.Deadlines;
import org.huigui.casefile.CaseRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every per-diagram test ({@code *DiagramTest}) shares: the plain in-memory engine of
 * {@code diagram-engine.cfg.xml}, no Spring context; the real file from {@code processes/}, deployed for each
 * test by the class's {@code @Deployment}; and the beans the diagram names replaced. Delegates are fakes that
 * record that they ran; {@code caseRecord} answers one office's groups; {@code deadlines} answers only the
 * deadlines the test declares, each with a date of its own, so a due date or timer equal to it was computed by
 * exactly that call.
 */
public abstract class DiagramScenarios {

	public static final String ENGINE_CONFIGURATION = "diagram-engine.cfg.xml";

	protected static final String STAFF = "sangzhou-staff";

	protected static final String HEAD = "sangzhou-head";

	protected static final String BUREAU = "ninghai-bureau";

	private static final Instant FIRST_DEADLINE = Instant.parse("2026-04-30T15:59:59Z");

	/** The delegates that ran, by bean name, in order. */
	protected final List<String> ran = new ArrayList<>();

	private final Deadlines deadlines = mock(Deadlines.class, invocation -> {
		if (invocation.getMethod().getDeclaringClass() == Deadlines.class) {
			throw new AssertionError("a deadline the test did not declare: " + invocation);
		}
		return RETURNS_DEFAULTS.answer(invocation);
	});

	private int declaredDeadlines;

	/**
	 * The engine for one diagram's test class, each its own, so that the coverage it reports and asserts is that
	 * diagram's: every flow node and sequence flow passed by some test of the class.
	 */
	protected static ProcessEngineCoverageExtension diagramEngine() {
		return ProcessEngineCoverageExtension.builder(ENGINE_CONFIGURATION).assertClassCoverageAtLeast(1.0).build();
	}

	@BeforeEach
	void replaceBeans(ProcessEngine engine) {
		BpmnAwareTests.init(engine);
		CaseRecord caseRecord = mock(CaseRecord.class);
		when(caseRecord.officeStaff(any())).thenReturn(STAFF);
		when(caseRecord.officeHead(any())).thenReturn(HEAD);
		when(caseRecord.countyBureau(any())).thenReturn(BUREAU);
		Mocks.register("caseRecord", caseRecord);
		Mocks.register("deadlines", deadlines);
	}

	@AfterEach
	void forgetBeans() {
		Mocks.reset();
	}

	/** Fakes for delegates the diagram names ({@code ${recordPlan}}) that only record that they ran. */
	protected void delegates(String... names) {
		for (String name : names) {
			delegate(name, execution -> {
			});
		}
	}

	/** A fake for one delegate: it records that it ran, then does what the diagram needs of it. */
	protected void delegate(String name, JavaDelegate effect) {
		Mocks.register(name, (JavaDelegate) execution -> {
			ran.add(name);
			effect.execute(execution);
		});
	}

	/** Registers another bean the diagram names, such as {@code leaveRecord}. */
	protected void bean(String name, Object bean) {
		Mocks.register(name, bean);
	}

	/**
	 * Declares a deadline the diagram must ask for, {@code deadline(d -> d.workingDays("2026-03-02", 3))}, and
	 * answers the date the fake gives it.
	 */
	protected Date deadline(Function<Deadlines, Date> call) {
		Date date = Date.from(FIRST_DEADLINE.plus(declaredDeadlines++, ChronoUnit.DAYS));
		call.apply(doReturn(date).when(deadlines));
		return date;
	}

	/**
	 * Does the open task as its group would, after checking that it is given to {@code group} and due
	 * {@code due} ({@code null}: no due date).
	 */
	protected void doTask(ProcessInstance instance, String taskKey, String group, Date due, Map<String, Object> form) {
		assertThat(instance).isWaitingAt(taskKey);
		Task task = task(taskKey, instance);
		assertThat(task).hasCandidateGroup(group);
		assertThat(task.getDueDate()).as("due date of %s", taskKey).isEqualTo(due);
		complete(task, form);
	}

	/**
	 * Checks that the timer is set for {@code due} and not due before, moves the clock past it, as time passing
	 * would, and runs it.
	 */
	protected void timerFires(ProcessInstance instance, String timerId, Date due) {
		Job timer = jobQuery().processInstanceId(instance.getId()).activityId(timerId).singleResult();
		assertThat(timer).as(timerId).isNotNull();
		assertThat(timer).hasDueDate(due);
		ClockUtil.setCurrentTime(new Date(due.getTime() - 1000));
		assertThat(jobQuery().jobId(timer.getId()).executable().count()).as("%s due early", timerId).isZero();
		ClockUtil.setCurrentTime(new Date(due.getTime() + 1000));
		assertThat(jobQuery().jobId(timer.getId()).executable().count()).as("%s due", timerId).isOne();
		execute(timer);
	}

}
