package org.huigui.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.CorrectionSentence;
import org.huigui.casefile.CorrectionType;
import org.huigui.casefile.Gender;
import org.huigui.casefile.NewPerson;
import org.huigui.supervision.SupervisionStart;
import org.huigui.system.Fields;
import org.huigui.system.ProcessDriver;
import org.huigui.system.TestUsers;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A month's end in supervision (月末): subjects put under supervision, strict, six days before the last day of last
 * month, so that each one's weekly reporting, written report and talk end on that last day (at 23:59:59) and its
 * month is assessed from the 1st (00:00, Asia/Shanghai); created with the job executor stopped, then their work
 * arranged by it on that day (not measured). Then the engine's
 * clock is moved to just after midnight of the 1st, when all four timers of every subject are due, and the job
 * executor is started and timed until every subject has its three escalations and its month's assessment. Last
 * month, not next, so that the supervision the intake phase started today falls due nowhere in it.
 */
final class SupervisionMonthEnd {

	static final List<String> TIMERS = List.of("Timer_ReportMissed", "Timer_WrittenReportMissed", "Timer_TalkMissed",
			"Timer_MonthEnds");

	static final List<String> TASKS = List.of("Task_ReportMissed", "Task_WrittenReportMissed", "Task_TalkMissed",
			"Task_AssessMonth");

	private static final int BATCH = 50;

	/**
	 * How often the tasks are counted: the count reads the whole task table (45 ms on a busy machine with 40,000 of
	 * the 80,000 tasks counted), every 250 ms up to a fifth of a core; once a second moves the time measured over
	 * 10,000 subjects (minutes) by well under 1 %.
	 */
	private static final long POLL_MILLIS = 1_000;

	private final BenchApplication app;

	private final TaskService tasks;

	SupervisionMonthEnd(BenchApplication app) {
		this.app = app;
		this.tasks = app.engine.getTaskService();
	}

	/**
	 * @param seedSeconds how long the subjects took to put under supervision
	 * @param seconds from the job executor's start until every task was there
	 * @param tasks each kind's tasks created
	 * @param jobsSucceeded the month-end's timer jobs that succeeded (job log)
	 * @param twice a subject's task of one kind more than once, or a timer's job that succeeded more than once
	 * @param failures failed attempts of supervision's jobs (job log)
	 * @param incidents supervision's jobs out of retries
	 */
	record Result(int subjects, double seedSeconds, double seconds, Map<String, Long> tasks, long jobsSucceeded,
			long twice, long failures, long incidents) {

		long allTasks() {
			return tasks.values().stream().mapToLong(Long::longValue).sum();
		}

		double tasksPerSecond() {
			return allTasks() / seconds;
		}

		/** 10,000 of each, or each kind's count where they differ. */
		String created() {
			return tasks.values().stream().distinct().count() == 1
					? "%,d of each".formatted(tasks.values().iterator().next()) : tasks.toString();
		}

		boolean eachOnce() {
			return twice == 0 && jobsSucceeded == (long) TIMERS.size() * subjects
					&& tasks.values().stream().allMatch(created -> created == subjects);
		}

	}

	Result run(int subjects, int workers) throws InterruptedException {
		LocalDate first = Fields.today().withDayOfMonth(1);
		LocalDate began = first.minusDays(7);
		try {
			clockAt(began.atTime(10, 0));
			double seedSeconds = seed(subjects, workers, began);
			app.arrangeSupervisions();
			app.analyseGrownTables();
			Map<String, Long> before = tasksByKind();
			long allBefore = allTasks();
			clockAt(first.atTime(0, 0, 1));
			double seconds = app.runJobExecutorUntil(POLL_MILLIS, () -> allTasks() - allBefore >= (long) TASKS.size() * subjects);
			Map<String, Long> created = new LinkedHashMap<>();
			tasksByKind().forEach((kind, count) -> created.put(kind, count - before.get(kind)));
			return new Result(subjects, seedSeconds, seconds, created, timerJobsSucceeded(),
					tasksTwice() + jobsSucceededTwice(), failedAttempts(),
					app.count("select count(*) from act_ru_incident where proc_def_id_ like 'supervision:%'"));
		}
		finally {
			ClockUtil.reset();
		}
	}

	/**
	 * As intake does it: the case opened (at intake's start), then put under supervision and its supervision begun in
	 * one transaction (at its end). Apart, because opening holds the year's case-number counter until the transaction
	 * commits: the openings, cheap, follow each other; the beginnings run side by side.
	 *
	 * @return the seconds the subjects took
	 */
	private double seed(int subjects, int workers, LocalDate began) {
		CaseFiles caseFiles = app.context.getBean(CaseFiles.class);
		SupervisionStart supervision = app.context.getBean(SupervisionStart.class);
		CorrectionSentence sentence = new CorrectionSentence(CorrectionType.PROBATION, "宁海县人民法院", began.minusDays(1),
				began.minusDays(1), began.plusYears(1).minusDays(2));
		String[] caseNumbers = new String[subjects];
		double opening = inBatches(subjects, workers, i -> caseNumbers[i] = caseFiles.openCorrectionCase(subject(i),
				app.offices.get(i % app.offices.size()), sentence).getCaseNumber());
		return opening + inBatches(subjects, workers, i -> {
			caseFiles.putUnderSupervision(caseNumbers[i], began);
			supervision.begin(caseNumbers[i]);
		});
	}

	private static NewPerson subject(int i) {
		return new NewPerson("监督对象" + i % 1000, Gender.MALE, TestUsers.uniqueIdNumber());
	}

	/** Items 0..n-1 in batches of {@value #BATCH}, one transaction each, by the workers. */
	private double inBatches(int items, int workers, IntConsumer item) {
		TransactionTemplate transaction = new TransactionTemplate(app.context.getBean(PlatformTransactionManager.class));
		return Workers.run(workers, (items + BATCH - 1) / BATCH, batch -> transaction.executeWithoutResult(status -> {
			for (int i = batch * BATCH; i < Math.min(items, (batch + 1) * BATCH); i++) {
				item.accept(i);
			}
		}));
	}

	private Map<String, Long> tasksByKind() {
		Map<String, Long> byKind = new LinkedHashMap<>();
		TASKS.forEach(kind -> byKind.put(kind, tasks.createTaskQuery().taskDefinitionKey(kind).count()));
		return byKind;
	}

	private long allTasks() {
		return tasks.createTaskQuery().taskDefinitionKeyIn(TASKS.toArray(String[]::new)).count();
	}

	private long tasksTwice() {
		return app.count("select count(*) from (select 1 from act_ru_task where task_def_key_ in (" + quoted(TASKS)
				+ ") group by proc_inst_id_, task_def_key_ having count(*) > 1) twice");
	}

	private long jobsSucceededTwice() {
		return app.count("select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 and act_id_ in ("
				+ quoted(TIMERS) + ") group by job_id_ having count(*) > 1) twice");
	}

	/** The month-end's timer jobs that succeeded (job log). */
	private long timerJobsSucceeded() {
		return app.count("select count(*) from act_hi_job_log where job_state_ = 2 and act_id_ in (" + quoted(TIMERS) + ")");
	}

	/** Failed attempts of any of supervision's jobs (job log), the arranging of the subjects' work included. */
	private long failedAttempts() {
		return app.count("select count(*) from act_hi_job_log where job_state_ = 1 and process_def_key_ = ?",
				SupervisionStart.PROCESS_KEY);
	}

	private static String quoted(List<String> ids) {
		return String.join(", ", ids.stream().map(id -> "'" + id + "'").toList());
	}

	/** Moves the engine's clock, which then runs on from there. */
	private static void clockAt(LocalDateTime shanghai) {
		ClockUtil.offset(shanghai.atZone(ProcessDriver.SHANGHAI).toInstant().toEpochMilli() - System.currentTimeMillis());
	}

}
