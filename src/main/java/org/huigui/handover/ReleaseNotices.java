package org.huigui.handover;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.huigui.aftercare.AssistanceCategory;
import org.huigui.casefile.Cancellation;
import org.huigui.casefile.CaseNumbers;
import org.huigui.casefile.Timeline;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Release notices and their handover in the case store. */
@Service
@Transactional
@EnableConfigurationProperties(HandoverProperties.class)
class ReleaseNotices {

	static final String REFERENCE_PREFIX = "XJ";

	private static final Set<HandoverStatus> FINISHED = EnumSet.of(HandoverStatus.COMPLETED, HandoverStatus.CANCELLED);

	private final ReleaseNoticeRepository notices;

	private final CaseNumbers numbers;

	private final Timeline timeline;

	private final HandoverProperties properties;

	ReleaseNotices(ReleaseNoticeRepository notices, CaseNumbers numbers, Timeline timeline, HandoverProperties properties) {
		this.notices = notices;
		this.numbers = numbers;
		this.timeline = timeline;
		this.properties = properties;
	}

	/** The notice already received for this person and release date: the same notice sent twice. */
	@Transactional(readOnly = true)
	Optional<ReleaseNotice> duplicateOf(String idNumber, LocalDate releaseDate) {
		return notices.findByIdNumberAndReleaseDate(idNumber, releaseDate);
	}

	ReleaseNotice register(ReleaseNoticeApplication application, String linkedCaseNumber, String processInstanceId) {
		duplicateOf(application.person().idNumber(), application.releaseDate()).ifPresent(earlier -> {
			throw new InputRejected("idNumber", "该刑满释放通知已收到（衔接编号 %s），未重复登记".formatted(earlier.getReference()));
		});
		notices.findFirstByIdNumberAndStatusNotIn(application.person().idNumber(), FINISHED).ifPresent(open -> {
			throw new InputRejected("idNumber", "此人有进行中的衔接 %s（释放日期 %s），须先办结".formatted(open.getReference(),
					open.getReleaseDate()));
		});
		LocalDate today = Fields.today();
		ReleaseNotice notice = notices.save(new ReleaseNotice(numbers.next(REFERENCE_PREFIX, today.getYear()), application,
				linkedCaseNumber, today, ClockUtil.getCurrentTime().toInstant(), processInstanceId));
		if (linkedCaseNumber != null) {
			timeline.record(linkedCaseNumber, "RELEASE_NOTICE_LINKED", "收到刑满释放通知 " + notice.getReference() + "，已关联本案",
					"%s，释放日期 %s".formatted(notice.getPrisonName(), notice.getReleaseDate()));
		}
		return notice;
	}

	void verified(String reference, String residence, FamilySupport familySupport, boolean needsRelief) {
		get(reference).verified(residence, familySupport, needsRelief, timeline.currentUser());
	}

	/** The category staff decided; one other than the recommended (assistance-category.dmn) needs a reason. */
	void classified(String reference, AssistanceCategory recommended, AssistanceCategory category, String note,
			String recommendation) {
		if (category != recommended && note == null) {
			throw new InputRejected("categoryNote", "与系统建议类别（%s）不同的，须写明理由".formatted(recommended.label()));
		}
		get(reference).classified(recommended, category, note, recommendation, timeline.currentUser());
	}

	/** 接回 or 报到 on the day in the form's field {@code dateField}: not before the release. */
	void returned(String reference, String dateField, LocalDate on, String how) {
		ReleaseNotice notice = get(reference);
		if (on.isBefore(notice.getReleaseDate())) {
			throw new InputRejected(dateField, "不能早于释放日期（" + notice.getReleaseDate() + "）");
		}
		notice.returned(on, how, timeline.currentUser());
	}

	void overdue(String reference) {
		get(reference).overdue();
	}

	BigDecimal firstMonthRelief() {
		return properties.firstMonthRelief();
	}

	void reliefPaid(String reference, LocalDate on, String paymentReference) {
		ReleaseNotice notice = get(reference);
		if (on.isBefore(notice.getReleaseDate())) {
			throw new InputRejected("paidOn", "不能早于释放日期（" + notice.getReleaseDate() + "）");
		}
		notice.reliefPaid(properties.firstMonthRelief(), on, paymentReference);
	}

	void completed(String reference, String caseNumber) {
		get(reference).completed(caseNumber);
	}

	/** 撤销: a handover under way ends; a notice linked to an assistance case says so on its timeline. */
	void cancel(String reference, Cancellation cancellation) {
		ReleaseNotice notice = get(reference);
		if (!notice.getStatus().isUnderWay()) {
			return;
		}
		notice.cancelled();
		if (notice.getLinkedCaseNumber() != null) {
			timeline.record(notice.getLinkedCaseNumber(), "RELEASE_NOTICE_CANCELLED",
					"刑满释放衔接 " + reference + " 已撤销", cancellation.detail());
		}
	}

	@Transactional(readOnly = true)
	ReleaseNotice get(String reference) {
		return notices.findById(reference)
			.orElseThrow(() -> new IllegalStateException("no release notice " + reference));
	}

}
