package org.huigui.casefile;

import org.springframework.stereotype.Component;

/**
 * Numbers people can read and quote, {@code SQJZ-2026-000123}: one counter per prefix and year,
 * locked for the transaction, so a rolled-back step does not use up a number. Case numbers, leave
 * passes (外出证明) and other documents draw from here.
 */
@Component
public class CaseNumbers {

	private final CaseNumberCounterRepository counters;

	CaseNumbers(CaseNumberCounterRepository counters) {
		this.counters = counters;
	}

	String next(CaseType type, int year) {
		return next(type.numberPrefix(), year);
	}

	public String next(String prefix, int year) {
		CaseNumberCounter.Key key = new CaseNumberCounter.Key(prefix, year);
		CaseNumberCounter counter = counters.lockByKey(key)
			.orElseGet(() -> counters.saveAndFlush(new CaseNumberCounter(key)));
		return "%s-%d-%06d".formatted(prefix, year, counter.next());
	}

}
