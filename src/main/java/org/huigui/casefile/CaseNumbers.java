package org.huigui.casefile;

import org.springframework.stereotype.Component;

/**
 * Case numbers people can read and quote, {@code SQJZ-2026-000123}: one counter per kind and year,
 * locked for the transaction, so a rolled-back intake does not use up a number.
 */
@Component
class CaseNumbers {

	private final CaseNumberCounterRepository counters;

	CaseNumbers(CaseNumberCounterRepository counters) {
		this.counters = counters;
	}

	String next(CaseType type, int year) {
		CaseNumberCounter.Key key = new CaseNumberCounter.Key(type.numberPrefix(), year);
		CaseNumberCounter counter = counters.lockByKey(key)
			.orElseGet(() -> counters.saveAndFlush(new CaseNumberCounter(key)));
		return "%s-%d-%06d".formatted(type.numberPrefix(), year, counter.next());
	}

}
