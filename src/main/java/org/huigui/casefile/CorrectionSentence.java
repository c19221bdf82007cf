package org.huigui.casefile;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** What the decision organ's documents say: kind of correction, who decided, and the term. */
@NamedInterface("api")
public record CorrectionSentence(CorrectionType correctionType, String decisionOrgan, LocalDate judgmentEffectiveOn,
		LocalDate termStart, LocalDate termEnd) {
}
