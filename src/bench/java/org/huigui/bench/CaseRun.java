package org.huigui.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.huigui.intake.IntakeScenarios;
import org.huigui.system.Fields;

/**
 * Takes cases through every intake task, each as the office's staff would in Tasklist: the start form, then
 * per task the lookup of the task and the submission of its form's values, through the Java API the Tasklist
 * REST calls go to. The same steps drive Huigui's {@code intake} and the bare process.
 */
final class CaseRun {

	static final int STEPS_PER_CASE = 6;

	private final BenchApplication app;

	private final String processKey;

	private final boolean giveBusinessKey;

	final Latencies latencies = new Latencies();

	CaseRun(BenchApplication app, String processKey, boolean giveBusinessKey) {
		this.app = app;
		this.processKey = processKey;
		this.giveBusinessKey = giveBusinessKey;
	}

	/** @return the seconds the cases took */
	double run(int cases, int workers, int firstCase) {
		String definitionId = app.engine.getRepositoryService().createProcessDefinitionQuery()
			.processDefinitionKey(processKey).latestVersion().singleResult().getId();
		return Workers.run(workers, cases, i -> oneCase(definitionId, firstCase + i));
	}

	private void oneCase(String definitionId, int number) {
		String office = BenchApplication.INTAKE_OFFICES.get(Math.floorMod(number, BenchApplication.INTAKE_OFFICES.size()));
		FormService forms = app.engine.getFormService();
		TaskService tasks = app.engine.getTaskService();
		LocalDate today = Fields.today();
		Map<String, Object> application = IntakeScenarios.application(today.minusDays(1), number % 2 == 0 ? "MALE" : "FEMALE");
		application.put("officeCode", office);
		app.as(BenchApplication.staff(office), () -> {
			ProcessInstance instance = latencies.time("start form", () -> giveBusinessKey
					? forms.submitStartForm(definitionId, processKey + "-" + number, application)
					: forms.submitStartForm(definitionId, application));
			taskForms(today).forEach((taskKey, form) -> {
				Task task = latencies.time("find task", () -> tasks.createTaskQuery()
					.processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult());
				latencies.time(taskKey, () -> {
					forms.submitTaskForm(task.getId(), form);
					return null;
				});
			});
		});
	}

	/** The intake's tasks in order with the values their forms submit (a woman in every group). */
	static Map<String, Map<String, Object>> taskForms(LocalDate today) {
		Map<String, Map<String, Object>> forms = new LinkedHashMap<>();
		forms.put("Task_CheckDocuments", Map.of("documentsCheck", "COMPLETE"));
		forms.put("Task_RegisterReport", IntakeScenarios.report(today.toString()));
		forms.put("Task_BuildFile", Map.of("fileNumber", "BENCH-1", "fileBuiltOn", today.toString()));
		forms.put("Task_PlanAndGroup", IntakeScenarios.plan("王芳"));
		forms.put("Task_Announce", Map.of("announcedOn", today.toString(), "announcementPlace", "司法所", "groupPresent", true));
		return forms;
	}

	static List<String> taskKeys() {
		return List.copyOf(taskForms(LocalDate.now()).keySet());
	}

}
