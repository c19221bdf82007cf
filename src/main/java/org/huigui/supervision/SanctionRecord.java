package org.huigui.supervision;

import java.time.LocalDate;

/**
 * Rewards and sanctions (考核奖惩) of a supervised case, for the month's assessment and the grade review: the feature
 * that decides them provides this. Until one does, a case has none.
 */
public interface SanctionRecord {

	/** The decisions served on the subject between the two days, both included. */
	Counts between(String caseNumber, LocalDate from, LocalDate to);

	/** How many of each; {@code consecutivePraises} counts the praises since the last sanction. */
	record Counts(int praises, int admonitions, int warnings, int policePenalties, int consecutivePraises) {

		static final Counts NONE = new Counts(0, 0, 0, 0, 0);

		int sanctions() {
			return admonitions + warnings + policePenalties;
		}

	}

}
