package org.huigui.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The case page's {@code grades} part: every grade the case has had, with its reason. */
@Component
@Order(10)
class GradeSection implements CaseSection {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final Grades grades;

	GradeSection(Grades grades) {
		this.grades = grades;
	}

	record View(String grade, String label, LocalDate reviewOn, String reason, String decidedBy, Instant decidedAt) {
	}

	@Override
	public String name() {
		return "grades";
	}

	@Override
	public Optional<Object> of(String caseNumber) {
		List<GradeChange> history = grades.historyOf(caseNumber);
		return history.isEmpty() ? Optional.empty() : Optional.of(history.stream()
			.map(g -> new View(g.getGrade().name(), g.getGrade().label(), g.getReviewOn(), g.getReason(), g.getDecidedBy(),
					g.getDecidedAt()))
			.toList());
	}

	@Override
	public Optional<Page> page(String caseNumber) {
		List<GradeChange> history = grades.historyOf(caseNumber);
		return history.isEmpty() ? Optional.empty() : Optional.of(new Page("管理等级记录", Map.of(),
				List.of("管理等级", "评定调整日期", "理由", "决定人", "时间"),
				history.stream()
					.map(g -> Page.row(g.getGrade().label(), g.getReviewOn() == null ? null : g.getReviewOn().toString(),
							g.getReason(), g.getDecidedBy(), TIME.format(g.getDecidedAt())))
					.toList()));
	}

}
