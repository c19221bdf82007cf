package org.huigui.casefile;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.huigui.system.InputRejected;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervised case's grade (分类管理): every change is kept with its reason, who decided it and when it is
 * next reviewed, and leaves a line on the timeline. The case file holds the grade in force.
 */
@Service
@Transactional
@NamedInterface("api")
public class Grades {

	static final int REASON_LENGTH = 200;

	private final CaseFileRepository cases;

	private final GradeChangeRepository changes;

	private final Timeline timeline;

	Grades(CaseFileRepository cases, GradeChangeRepository changes, Timeline timeline) {
		this.cases = cases;
		this.changes = changes;
		this.timeline = timeline;
	}

	/** The case is now managed at {@code grade}, to be reviewed on {@code reviewOn} (none for no review). */
	public void change(String caseNumber, Grade grade, LocalDate reviewOn, String reason) {
		CaseFile caseFile = cases.findById(caseNumber).orElseThrow(() -> new CaseNotFound(caseNumber));
		if (caseFile.getStatus() != CaseStatus.UNDER_SUPERVISION) {
			throw new InputRejected("grade", "只有在矫对象有管理等级（该案件：" + caseFile.getStatus().label() + "）");
		}
		if (reason == null || reason.isBlank()) {
			throw new InputRejected("reason", "调整管理等级须写明理由");
		}
		if (reason.length() > REASON_LENGTH) {
			throw new InputRejected("reason", "最多 " + REASON_LENGTH + " 个字");
		}
		Grade before = caseFile.getGrade();
		caseFile.graded(grade, reviewOn);
		changes.save(new GradeChange(caseNumber, grade, reviewOn, reason, timeline.currentUser(),
				ClockUtil.getCurrentTime().toInstant()));
		String detail = reviewOn == null ? reason : "%s；%s 起可评定调整".formatted(reason, reviewOn);
		timeline.record(caseNumber, "GRADE_CHANGED",
				before == null ? "管理等级：" + grade.label()
						: before == grade ? "管理等级评估：维持" + grade.label()
								: "管理等级由%s调整为%s".formatted(before.label(), grade.label()),
				detail);
	}

	/** Every grade the case has had, oldest first. */
	@Transactional(readOnly = true)
	public List<GradeChange> historyOf(String caseNumber) {
		return changes.findByCaseNumberOrderByDecidedAtAscIdAsc(caseNumber);
	}

}
