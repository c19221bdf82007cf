package org.huigui.handover;

import org.huigui.aftercare.AssistanceBasis;
import org.huigui.aftercare.AssistanceCases;
import org.huigui.aftercare.AssistanceRequest;
import org.huigui.aftercare.AssistanceStart;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The end of a handover: into assistance through {@link AssistanceStart}, the one entry point. */
@Service
@Transactional
class Handovers {

	private final ReleaseNotices notices;

	private final AssistanceStart assistanceStart;

	private final AssistanceCases assistanceCases;

	Handovers(ReleaseNotices notices, AssistanceStart assistanceStart, AssistanceCases assistanceCases) {
		this.notices = notices;
		this.assistanceStart = assistanceStart;
		this.assistanceCases = assistanceCases;
	}

	/**
	 * Continues the person's assistance case if one is still open (it may have ended since the notice was
	 * linked to it), or opens a new one; answers its number.
	 */
	String complete(String reference) {
		ReleaseNotice notice = notices.get(reference);
		String caseNumber = assistanceCases.openCaseOf(notice.person().idNumber()).orElse(null);
		if (caseNumber == null) {
			caseNumber = assistanceStart.begin(new AssistanceRequest(notice.person(), notice.getOfficeCode(),
					notice.getCategory(), AssistanceBasis.PRISON_RELEASE, notice.getReleaseDate(), notice.getReturnedOn(),
					reference, notice.history()));
		}
		else {
			assistanceStart.continueWith(caseNumber, notice.getCategory(), notice.getReturnedOn(),
					"刑满释放衔接完成（" + reference + "）",
					notice.history());
		}
		notices.completed(reference, caseNumber);
		return caseNumber;
	}

}
