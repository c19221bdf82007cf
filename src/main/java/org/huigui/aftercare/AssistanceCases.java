package org.huigui.aftercare;

import java.time.LocalDate;
import java.util.Optional;
import org.huigui.casefile.Cancellation;
import org.huigui.casefile.CaseFile;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.CaseStatus;
import org.huigui.casefile.CaseType;
import org.huigui.casefile.Timeline;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The life of an assistance case in the store: its category, its period, and how it ends. */
@Service
@Transactional
public class AssistanceCases {

	private final AssistanceRepository assistances;

	private final CaseFiles caseFiles;

	private final Timeline timeline;

	private final AftercareProperties properties;

	AssistanceCases(AssistanceRepository assistances, CaseFiles caseFiles, Timeline timeline,
			AftercareProperties properties) {
		this.assistances = assistances;
		this.caseFiles = caseFiles;
		this.timeline = timeline;
		this.properties = properties;
	}

	/** The person's open assistance case, which a new release notice is linked to. */
	@Transactional(readOnly = true)
	public Optional<String> openCaseOf(String idNumber) {
		return caseFiles.openCaseOf(idNumber)
			.filter(c -> c.getCaseType() == CaseType.RESETTLEMENT_ASSISTANCE)
			.map(CaseFile::getCaseNumber);
	}

	/** The case, which must be in assistance, or the request naming it is refused. */
	@Transactional(readOnly = true)
	CaseFile underAssistance(String caseNumber) {
		CaseFile caseFile = caseFiles.requested(caseNumber);
		if (caseFile.getStatus() != CaseStatus.UNDER_ASSISTANCE) {
			throw new InputRejected("caseNumber", "只有帮教中的安置帮教案件可以办理（该案件：" + caseFile.getStatus().label() + "）");
		}
		return caseFile;
	}

	@Transactional(readOnly = true)
	Assistance get(String caseNumber) {
		return assistances.findById(caseNumber)
			.orElseThrow(() -> new IllegalStateException("no assistance record for case " + caseNumber));
	}

	/** A new category; the visit rhythm follows from the next visit period on. */
	AssistanceCategory recategorise(String caseNumber, AssistanceCategory category, String why) {
		Assistance assistance = get(caseNumber);
		if (assistance.getCategory() != category) {
			timeline.record(caseNumber, "CATEGORY_CHANGED", "帮教类别调整：%s → %s（自下一走访期起）"
				.formatted(assistance.getCategory().label(), category.label()), why);
			assistance.categorised(category);
		}
		return category;
	}

	/** 仍需帮教: assistance goes on for the configured further period, then is reviewed again. */
	LocalDate extend(String caseNumber, String why) {
		Assistance assistance = get(caseNumber);
		assistance.extendedBy(properties.extension());
		timeline.record(caseNumber, "ASSISTANCE_EXTENDED", "帮教期满仍需帮教，继续帮教至 " + assistance.getEndsOn(), why);
		return assistance.getEndsOn();
	}

	/** 解除帮教 after the assistance period. */
	void release(String caseNumber, String note) {
		get(caseNumber).ended(EndReason.RELEASED.name());
		caseFiles.close(caseNumber, Fields.today(), EndReason.RELEASED.name(), "帮教期满，解除帮教", note);
	}

	/** 撤销: the case's aftercare was deleted; assistance ends and the case closes as cancelled. */
	void cancel(String caseNumber, Cancellation cancellation) {
		if (caseFiles.closeAsCancelled(caseNumber, CaseStatus.UNDER_ASSISTANCE, "安置帮教已撤销，结案", cancellation)) {
			assistances.findById(caseNumber).ifPresent(assistance -> assistance.ended(CaseFiles.CANCELLED));
		}
	}

	/** Re-offending or death ends assistance on the day it happened. */
	void end(String caseNumber, EndReason reason, LocalDate on, String note) {
		Assistance assistance = get(caseNumber);
		if (on.isBefore(assistance.getBasisDate())) {
			throw new InputRejected("endedOn", "不能早于帮教开始日（" + assistance.getBasisDate() + "）");
		}
		assistance.ended(reason.name());
		caseFiles.close(caseNumber, on, reason.name(), "终止帮教：" + reason.label(), note);
	}

}
