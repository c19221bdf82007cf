package org.huigui.supervision;

import java.time.LocalDate;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.Timeline;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The periods of each kind of work (报到、书面汇报、个别教育、实地查访): they follow each other without gaps, each as
 * long as the grade in force when it starts asks, so a change of grade applies from the next period. A period
 * that ends without its work is recorded as missed; the work may still be done, late.
 */
@Service
@Transactional
class Periods {

	private final SupervisionPeriodRepository periods;

	private final SupervisionRepository supervisions;

	private final SupervisionRhythm rhythm;

	private final CaseFiles caseFiles;

	private final Timeline timeline;

	Periods(SupervisionPeriodRepository periods, SupervisionRepository supervisions, SupervisionRhythm rhythm,
			CaseFiles caseFiles, Timeline timeline) {
		this.periods = periods;
		this.supervisions = supervisions;
		this.rhythm = rhythm;
		this.caseFiles = caseFiles;
		this.timeline = timeline;
	}

	/** The period the next work of {@code kind} is for: the one still open, or the next one that has not passed. */
	SupervisionPeriod schedule(String caseNumber, WorkKind kind) {
		SupervisionPeriod period = periods.findFirstByCaseNumberAndKindOrderByPeriodEndDesc(caseNumber, kind)
			.map(last -> last.isOpen() ? last : next(caseNumber, kind, last.getPeriodEnd().plusDays(1)))
			.orElseGet(() -> next(caseNumber, kind, supervision(caseNumber).getStartedOn()));
		LocalDate today = Fields.today();
		while (period.getPeriodEnd().isBefore(today)) {
			missed(period);
			period = next(caseNumber, kind, period.getPeriodEnd().plusDays(1));
		}
		return period;
	}

	/** The period now open for {@code kind}, the one the diagram's task and timer are for. */
	@Transactional(readOnly = true)
	SupervisionPeriod current(String caseNumber, WorkKind kind) {
		return periods.findFirstByCaseNumberAndKindOrderByPeriodEndDesc(caseNumber, kind)
			.orElseThrow(() -> new IllegalStateException(caseNumber + " has no " + kind + " period"));
	}

	void record(String caseNumber, WorkKind kind, LocalDate on, String channel, String place, String summary) {
		SupervisionPeriod period = current(caseNumber, kind);
		if (on.isBefore(period.getPeriodStart())) {
			throw new InputRejected("doneOn", "不能早于本期开始日（" + period.getPeriodStart() + "）");
		}
		period.done(on, channel, place, summary, timeline.currentUser());
		String late = on.isAfter(period.getPeriodEnd()) ? "（逾期）" : "";
		timeline.record(caseNumber, "SUPERVISION_" + kind.name(), "%s：%s%s".formatted(kind.label(), on, late),
				"本期 " + period.label() + (place == null ? "" : "，" + place));
	}

	/**
	 * The periods of {@code kind} that ended between the two days without their work done by their end, whether or not
	 * their timer has run yet: those recorded, and those that would have followed the one still open (its task waits
	 * for the late work, and the next period starts only after it).
	 */
	@Transactional(readOnly = true)
	int missedIn(String caseNumber, WorkKind kind, LocalDate from, LocalDate to) {
		int missed = periods.countNotDoneInTime(caseNumber, kind, from, to);
		SupervisionPeriod last = current(caseNumber, kind);
		if (last.isOpen()) {
			Rhythm rules = rhythmNow(caseNumber);
			for (LocalDate start = last.getPeriodEnd().plusDays(1); !rules.endOfPeriod(kind, start).isAfter(to);
					start = rules.endOfPeriod(kind, start).plusDays(1)) {
				if (!rules.endOfPeriod(kind, start).isBefore(from)) {
					missed++;
				}
			}
		}
		return missed;
	}

	/** 逾期未完成: the period ended without its work; the task stays open. */
	void markMissed(String caseNumber, WorkKind kind) {
		missed(current(caseNumber, kind));
	}

	private void missed(SupervisionPeriod period) {
		if (period.isMissed() || period.getDoneOn() != null && !period.getDoneOn().isAfter(period.getPeriodEnd())) {
			return;
		}
		period.missed();
		timeline.record(period.getCaseNumber(), "SUPERVISION_MISSED",
				"%s逾期未完成（%s）".formatted(period.getKind().label(), period.label()), null);
	}

	private SupervisionPeriod next(String caseNumber, WorkKind kind, LocalDate start) {
		return periods.save(new SupervisionPeriod(caseNumber, kind, start, rhythmNow(caseNumber)));
	}

	private Rhythm rhythmNow(String caseNumber) {
		return rhythm.of(caseFiles.get(caseNumber).getGrade());
	}

	private Supervision supervision(String caseNumber) {
		return supervisions.findById(caseNumber)
			.orElseThrow(() -> new IllegalStateException(caseNumber + " is not under supervision"));
	}

}
