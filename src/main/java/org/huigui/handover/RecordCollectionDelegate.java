package org.huigui.handover;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 必接必送: who collected the key subject at the prison gate, brought to the office, agreement signed. */
@Component("recordCollection")
class RecordCollectionDelegate implements JavaDelegate {

	private final ReleaseNotices notices;

	RecordCollectionDelegate(ReleaseNotices notices) {
		this.notices = notices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		fields.confirmed("broughtToOffice", "须接回至司法所");
		fields.confirmed("agreementSigned", "须在司法所签订帮教协议");
		String family = fields.optionalText("familyMember");
		String how = "司法所干警 %s、治保主任 %s%s 到监所接回".formatted(fields.text("officer"),
				fields.text("villageSecurityHead"), family == null ? "" : "、家属 " + family);
		notices.returned(execution.getProcessBusinessKey(), "collectedOn", fields.dateNotAfterToday("collectedOn"), how);
	}

}
