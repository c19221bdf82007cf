package org.huigui.supervision;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.Timeline;
import org.huigui.system.InputRejected;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Information check-ins (信息化核查) and the gaps between them. A normal check-in moves the case's one timer
 * ("no check-in for three days") instead of making work; only a gap makes a task. The timer is due so long after
 * the later of the last normal check-in and the last gap staff followed up.
 */
@Service
@Transactional
class CheckIns {

	static final String TIMER = "Timer_CheckInsMissing";

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final int PLACE_LENGTH = 200;

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final CheckInRepository checkIns;

	private final CheckInMissRepository misses;

	private final SupervisionRepository supervisions;

	private final CaseFiles caseFiles;

	private final Timeline timeline;

	private final ManagementService managementService;

	private final SystemSteps systemSteps;

	private final SupervisionProperties properties;

	CheckIns(CheckInRepository checkIns, CheckInMissRepository misses, SupervisionRepository supervisions,
			CaseFiles caseFiles, Timeline timeline, ManagementService managementService, SystemSteps systemSteps,
			SupervisionProperties properties) {
		this.checkIns = checkIns;
		this.misses = misses;
		this.supervisions = supervisions;
		this.caseFiles = caseFiles;
		this.timeline = timeline;
		this.managementService = managementService;
		this.systemSteps = systemSteps;
		this.properties = properties;
	}

	/** Records a check-in of a case of the caller's offices under supervision, and moves its timer. */
	CheckIn record(CheckInRequest request) {
		String caseNumber = required(request.caseNumber(), "caseNumber", 40);
		caseFiles.underSupervision(caseNumber);
		Supervision supervision = supervisions.findById(caseNumber)
			.orElseThrow(() -> new InputRejected("caseNumber", "案件 " + caseNumber + " 尚未开始在矫期间监督管理"));
		Instant now = ClockUtil.getCurrentTime().toInstant();
		Instant at = time(request.at());
		if (at.isAfter(now)) {
			throw new InputRejected("at", "核查时间不能晚于当前时间（" + label(now) + "）");
		}
		if (at.atZone(SHANGHAI).toLocalDate().isBefore(supervision.getStartedOn())) {
			throw new InputRejected("at", "核查时间不能早于列入在矫管理的日期（" + supervision.getStartedOn() + "）");
		}
		CheckIn.Kind kind = choice(request.kind(), "kind", CheckIn.Kind.class);
		String place = required(request.place(), "place", PLACE_LENGTH);
		CheckIn.Result result = choice(request.result(), "result", CheckIn.Result.class);
		CheckIn checkIn = checkIns.save(new CheckIn(caseNumber, at, kind, place, result, timeline.currentUser(), now));
		if (result == CheckIn.Result.NORMAL) {
			moveTimer(supervision);
		}
		else {
			timeline.record(caseNumber, "CHECK_IN_ABNORMAL", "信息化核查异常：" + kind.label(), label(at) + "，" + place);
		}
		return checkIn;
	}

	@Transactional(readOnly = true)
	List<CheckIn> recent(String caseNumber, int count) {
		caseFiles.requested(caseNumber);
		return checkIns.findByCaseNumberOrderByCheckedAtDesc(caseNumber, Limit.of(count));
	}

	/** When the case's gap timer is due: so long after the last normal check-in, or the last gap followed up. */
	@Transactional(readOnly = true)
	Date due(String caseNumber) {
		Supervision supervision = supervisions.findById(caseNumber).orElseThrow();
		Instant from = lastNormal(caseNumber).filter(last -> last.isAfter(supervision.getCheckInsWatchedFrom()))
			.orElse(supervision.getCheckInsWatchedFrom());
		return Date.from(from.plus(properties.checkInGap()));
	}

	@Transactional(readOnly = true)
	Optional<Instant> lastNormal(String caseNumber) {
		return checkIns.findFirstByCaseNumberAndResultOrderByCheckedAtDesc(caseNumber, CheckIn.Result.NORMAL)
			.map(CheckIn::getCheckedAt);
	}

	/** 核查中断: the timer fired; staff are to contact the subject. */
	void gapNoticed(String caseNumber) {
		Instant last = lastNormal(caseNumber).orElse(null);
		misses.save(new CheckInMiss(caseNumber, ClockUtil.getCurrentTime().toInstant(), last));
		timeline.record(caseNumber, "CHECK_INS_MISSING", "信息化核查中断：转工作人员联系核实",
				last == null ? "列管以来没有有效核查记录" : "最近一次有效核查：" + label(last));
	}

	/** Staff contacted the subject, or could not: answers whether the subject is out of contact (脱管). */
	boolean followedUp(String caseNumber, String outcome, String note) {
		Instant now = ClockUtil.getCurrentTime().toInstant();
		CheckInMiss miss = misses.findFirstByCaseNumberOrderByNoticedAtDesc(caseNumber).orElseThrow();
		miss.followedUp(outcome, note, timeline.currentUser(), now);
		supervisions.findById(caseNumber).orElseThrow().watchCheckInsFrom(now);
		boolean outOfContact = miss.outOfContact();
		timeline.record(caseNumber, outOfContact ? "OUT_OF_CONTACT" : "CHECK_INS_FOLLOWED_UP",
				outOfContact ? "联系不上矫正对象（脱管）：转所长处置" : "核查中断已核实：对象在位", note);
		return outOfContact;
	}

	/** 最近一次有效核查, for the tasks' forms. */
	@Transactional(readOnly = true)
	String lastCheckInLabel(String caseNumber) {
		return lastNormal(caseNumber).map(CheckIns::label).orElse("列管以来没有有效核查记录");
	}

	/** 2026-12-08 08:30 */
	static String label(Instant at) {
		return MINUTES.format(at.atZone(SHANGHAI));
	}

	private void moveTimer(Supervision supervision) {
		Date due = due(supervision.getCaseNumber());
		systemSteps.run(() -> {
			Job timer = managementService.createJobQuery().processInstanceId(supervision.getProcessInstanceId())
				.activityId(TIMER).singleResult();
			if (timer != null && !due.equals(timer.getDuedate())) {
				managementService.setJobDuedate(timer.getId(), due);
			}
			return null;
		});
	}

	private static Instant time(Object raw) {
		if (!(raw instanceof String text) || text.isBlank()) {
			throw new InputRejected("at", "必填：核查时间，如 2026-03-10T08:30:00+08:00");
		}
		try {
			return OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(text.strip()).atZone(SHANGHAI).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw new InputRejected("at", "须为 ISO-8601 时间，如 2026-03-10T08:30:00+08:00（收到 " + text + "）");
			}
		}
	}

	private static String required(Object raw, String field, int maxLength) {
		if (!(raw instanceof String text) || text.isBlank()) {
			throw new InputRejected(field, "必填");
		}
		String value = text.strip();
		if (value.length() > maxLength) {
			throw new InputRejected(field, "最多 " + maxLength + " 个字");
		}
		return value;
	}

	private static <E extends Enum<E>> E choice(Object raw, String field, Class<E> type) {
		String text = required(raw, field, 40);
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			throw new InputRejected(field, "不是可选的值（" + text + "），可选：" + Arrays.toString(type.getEnumConstants()));
		}
	}


}
