package org.huigui.handover;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.huigui.system.Fields;
import org.springframework.stereotype.Component;

/** 报到登记: a general subject reported with the release papers and signed the assistance agreement. */
@Component("recordHandoverReport")
class RecordHandoverReportDelegate implements JavaDelegate {

	private final ReleaseNotices notices;

	RecordHandoverReportDelegate(ReleaseNotices notices) {
		this.notices = notices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Fields fields = Fields.of(execution);
		fields.confirmed("releaseCertificateChecked", "须查验释放证明书");
		fields.confirmed("agreementSigned", "须签订帮教协议");
		notices.returned(execution.getProcessBusinessKey(), "reportedOn", fields.dateNotAfterToday("reportedOn"),
				"持释放证明到司法所报到");
	}

}
