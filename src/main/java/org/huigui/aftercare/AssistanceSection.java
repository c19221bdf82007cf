package org.huigui.aftercare;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huigui.casefile.CaseSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The case page's {@code assistance} part: period, category, resettlement, visits and reviews. */
@Component
class AssistanceSection implements CaseSection {

	private final AssistanceRepository assistances;

	private final AssistanceVisitRepository visits;

	private final AssistanceReviewRepository reviews;

	AssistanceSection(AssistanceRepository assistances, AssistanceVisitRepository visits,
			AssistanceReviewRepository reviews) {
		this.assistances = assistances;
		this.visits = visits;
		this.reviews = reviews;
	}

	record View(String basis, LocalDate basisDate, LocalDate endsOn, String category, String categoryLabel,
			String handoverReference, boolean agreementSigned, LocalDate visitPeriodStart, LocalDate visitPeriodEnd,
			String employment, String housing, boolean socialAssistance, boolean resettled, String endReason,
			List<VisitView> visits, List<ReviewView> reviews) {
	}

	record VisitView(LocalDate periodStart, LocalDate periodEnd, LocalDate visitedOn, String place, String findings,
			boolean missed, String recordedBy) {
	}

	record ReviewView(LocalDate quarterEnd, LocalDate reviewedOn, String review, String categoryAfter) {
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Page> page(String caseNumber) {
		return assistances.findById(caseNumber).map(a -> {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("帮教依据", a.getBasis().label() + "（" + a.getBasisDate() + "）");
			fields.put("帮教期满", String.valueOf(a.getEndsOn()));
			fields.put("帮教类别", a.getCategory().label() + "帮教对象");
			fields.put("衔接编号", a.getHandoverReference());
			fields.put("帮教协议", a.isAgreementSigned() ? "已签订" : "未签订");
			fields.put("本走访期", a.getVisitPeriodStart() == null ? "" : a.getVisitPeriodStart() + " 至 " + a.getVisitPeriodEnd());
			fields.put("就业情况", a.getEmployment() == null ? "尚未走访" : a.getEmployment().label());
			fields.put("居住情况", a.getHousing() == null ? "尚未走访" : a.getHousing().label());
			fields.put("低保或救助", a.isSocialAssistance() ? "享受" : "无");
			fields.put("安置", a.resettled() ? "已安置" : "未安置");
			List<List<String>> rows = visits.findByCaseNumberOrderByPeriodEnd(caseNumber).stream()
				.map(v -> CaseSection.Page.row(v.getPeriodStart() + " 至 " + v.getPeriodEnd(),
						v.getVisitedOn() == null ? "" : v.getVisitedOn().toString(), v.getPlace(), v.getFindings(),
						v.getVisitedOn() == null ? "未走访" : v.isMissed() ? "逾期走访" : "按期走访", v.getRecordedBy()))
				.toList();
			return new Page("帮教情况", fields, List.of("走访期", "走访日期", "地点", "情况", "状态", "登记人"), rows);
		});
	}

	@Override
	public String name() {
		return "assistance";
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Object> of(String caseNumber) {
		return assistances.findById(caseNumber).map(a -> new View(a.getBasis().name(), a.getBasisDate(), a.getEndsOn(),
				a.getCategory().name(), a.getCategory().label(), a.getHandoverReference(), a.isAgreementSigned(),
				a.getVisitPeriodStart(), a.getVisitPeriodEnd(), a.getEmployment() == null ? null : a.getEmployment().label(),
				a.getHousing() == null ? null : a.getHousing().label(), a.isSocialAssistance(), a.resettled(), a.getEndReason(),
				visits.findByCaseNumberOrderByPeriodEnd(caseNumber).stream()
					.map(v -> new VisitView(v.getPeriodStart(), v.getPeriodEnd(), v.getVisitedOn(), v.getPlace(), v.getFindings(),
							v.isMissed(), v.getRecordedBy()))
					.toList(),
				reviews.findByCaseNumberOrderByQuarterEnd(caseNumber).stream()
					.map(r -> new ReviewView(r.getQuarterEnd(), r.getReviewedOn(), r.getReview(), r.getCategoryAfter().name()))
					.toList()));
	}

}
