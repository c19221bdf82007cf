package org.huigui.supervision;

import org.huigui.casefile.Timeline;
import org.huigui.system.Fields;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The end of a case's supervision, when its correction ends or is terminated (message {@code CorrectionEnded}). */
@Service
@Transactional
class SupervisionEnd {

	private final SupervisionRepository supervisions;

	private final Timeline timeline;

	SupervisionEnd(SupervisionRepository supervisions, Timeline timeline) {
		this.supervisions = supervisions;
		this.timeline = timeline;
	}

	void ended(String caseNumber) {
		supervisions.findById(caseNumber).orElseThrow().ended(Fields.today());
		timeline.record(caseNumber, "SUPERVISION_ENDED", "在矫期间监督管理结束", null);
	}

}
