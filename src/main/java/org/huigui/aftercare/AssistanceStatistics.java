package org.huigui.aftercare;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.huigui.casefile.CaseFile;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.CaseType;
import org.huigui.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assistance figures an office reports against (安置帮教工作汇报): who is on the register on a day,
 * how many are key subjects, resettled and assisted, and how many cases ended in the period.
 */
@Service
@Transactional(readOnly = true)
public class AssistanceStatistics {

	private final CaseFiles caseFiles;

	private final AssistanceRepository assistances;

	private final AssistanceVisitRepository visits;

	AssistanceStatistics(CaseFiles caseFiles, AssistanceRepository assistances, AssistanceVisitRepository visits) {
		this.caseFiles = caseFiles;
		this.assistances = assistances;
		this.visits = visits;
	}

	/**
	 * {@code assisted} (帮教率): on the register, with a signed assistance agreement and a visit in every
	 * visit period that ended between {@code from} and {@code asOf}. {@code resettled} (安置率): working, or
	 * unable to work and covered by social assistance, as last seen at a visit.
	 */
	public record AssistanceFigures(int onRegister, int keySubjects, int resettled, int assisted, int reoffended,
			int released) {
	}

	public AssistanceFigures figures(Collection<String> offices, LocalDate from, LocalDate asOf) {
		List<CaseFile> cases = caseFiles.ofOffices(offices, null).stream()
			.filter(c -> c.getCaseType() == CaseType.RESETTLEMENT_ASSISTANCE)
			.filter(c -> !c.getOpenedAt().atZone(WorkingDayCalendar.ZONE).toLocalDate().isAfter(asOf))
			.toList();
		Set<String> onRegister = cases.stream()
			.filter(c -> c.getClosedOn() == null || c.getClosedOn().isAfter(asOf))
			.map(CaseFile::getCaseNumber)
			.collect(Collectors.toSet());
		List<Assistance> register = assistances.findAllById(onRegister);
		Set<String> unvisited = onRegister.isEmpty() ? Set.of()
				: visits.endingBetween(onRegister, from, asOf).stream()
					.filter(v -> v.getVisitedOn() == null)
					.map(AssistanceVisit::getCaseNumber)
					.collect(Collectors.toSet());
		Map<String, Long> endedBy = cases.stream()
			.filter(c -> c.getClosedOn() != null && !c.getClosedOn().isBefore(from) && !c.getClosedOn().isAfter(asOf))
			.collect(Collectors.groupingBy(CaseFile::getClosedReason, Collectors.counting()));
		return new AssistanceFigures(register.size(),
				(int) register.stream().filter(a -> a.getCategory() == AssistanceCategory.KEY).count(),
				(int) register.stream().filter(Assistance::resettled).count(),
				(int) register.stream().filter(a -> a.isAgreementSigned() && !unvisited.contains(a.getCaseNumber())).count(),
				endedBy.getOrDefault(EndReason.REOFFENDED.name(), 0L).intValue(),
				endedBy.getOrDefault(EndReason.RELEASED.name(), 0L).intValue());
	}

}
