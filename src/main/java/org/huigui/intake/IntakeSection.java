package org.huigui.intake;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huigui.casefile.CaseSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The case page's {@code intake} part: the report, the file, the plan and the announcement. */
@Component
@Order(0)
class IntakeSection implements CaseSection {

	private final IntakeRecords records;

	IntakeSection(IntakeRecords records) {
		this.records = records;
	}

	record View(LocalDate reportedOn, String fileNumber, LocalDate fileBuiltOn, String planSummary,
			LocalDate announcedOn) {
	}

	@Override
	public String name() {
		return "intake";
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Object> of(String caseNumber) {
		return records.find(caseNumber).map(r -> new View(r.getReportedOn(), r.getFileNumber(), r.getFileBuiltOn(),
				r.getPlanSummary(), r.getAnnouncedOn()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Page> page(String caseNumber) {
		return records.find(caseNumber).map(r -> {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("报到日期", text(r.getReportedOn()));
			fields.put("档案编号", r.getFileNumber());
			fields.put("建档日期", text(r.getFileBuiltOn()));
			fields.put("矫正方案", r.getPlanSummary());
			fields.put("宣告日期", text(r.getAnnouncedOn()));
			return new Page("入矫", fields, List.of(), List.of());
		});
	}

	private static String text(LocalDate date) {
		return date == null ? "" : date.toString();
	}

}
