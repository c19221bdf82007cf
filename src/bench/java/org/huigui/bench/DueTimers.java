package org.huigui.bench;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.huigui.intake.IntakeScenarios;
import org.huigui.system.Fields;

/**
 * Deadline escalations as the job executor meets them after a stop: intakes whose judgment took effect three
 * weeks ago, so that each one's timer 逾期未报到 is due at once, started while the job executor is stopped; then
 * the job executor is started and timed until every escalation is on its case's timeline. The intakes are at the
 * three offices the intake's start form offers; the tasks they leave open come after Tasklist has been measured.
 */
final class DueTimers {

	private static final int BATCH = 50;

	/**
	 * The job log is read for this timer's jobs only: Camunda's history cleanup job keeps its id from one run to
	 * the next, and between 01:00 and 05:00 (application.yml) it runs during the benchmark.
	 */
	private static final String TIMER = "Timer_NotReported";

	/**
	 * How often the escalations are counted: the count reads the whole timeline (2.3 ms at 4,000 timers), and
	 * counting every 50 ms took 0.7 s of the database's time from a 21-second phase; 250 ms moves the time
	 * measured over 10,000 timers by at most 0.4 %.
	 */
	private static final long POLL_MILLIS = 250;

	private final BenchApplication app;

	DueTimers(BenchApplication app) {
		this.app = app;
	}

	record Result(int timers, double seconds, long escalations, long ranTwice, long succeededTwice, long failures) {

		double jobsPerSecond() {
			return timers / seconds;
		}

	}

	Result run(int timers, int workers) throws InterruptedException {
		seed(timers, workers);
		app.analyseGrownTables();
		long before = escalations();
		double seconds = app.runJobExecutorUntil(POLL_MILLIS, () -> escalations() - before >= timers);
		return new Result(timers, seconds, escalations() - before, app.count("""
				select count(*) from (select case_number from timeline_event where kind = 'ESCALATION'
				group by case_number having count(*) > 1) twice"""), app.count("""
				select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 and act_id_ = ?
				group by job_id_ having count(*) > 1) twice""", TIMER), app.count("""
				select count(*) from act_hi_job_log where job_state_ = 1 and act_id_ = ?""", TIMER));
	}

	private void seed(int timers, int workers) {
		FormService forms = app.engine.getFormService();
		String definitionId = app.engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("intake")
			.latestVersion().singleResult().getId();
		LocalDate judgment = Fields.today().minusDays(21);
		Workers.run(workers, (timers + BATCH - 1) / BATCH, batch -> {
			String office = BenchApplication.INTAKE_OFFICES.get(batch % BenchApplication.INTAKE_OFFICES.size());
			app.as(BenchApplication.staff(office), () -> {
				for (int i = batch * BATCH; i < Math.min(timers, (batch + 1) * BATCH); i++) {
					Map<String, Object> application = IntakeScenarios.application(judgment, "MALE");
					application.put("officeCode", office);
					forms.submitStartForm(definitionId, application);
				}
			});
		});
	}

	private long escalations() {
		return app.count("select count(*) from timeline_event where kind = 'ESCALATION'");
	}

}
