package org.huigui.casefile;

import java.time.LocalDate;

/** What the decision organ's documents say: kind of correction, who decided, and the term. */
public record CorrectionSentence(CorrectionType correctionType, String decisionOrgan, LocalDate judgmentEffectiveOn,
		LocalDate termStart, LocalDate termEnd) {
}
