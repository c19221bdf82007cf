package org.huigui.casefile;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers people can read and quote, {@code SQJZ-2026-000123}: one counter per prefix and year,
 * locked for the transaction, so a rolled-back step does not use up a number. Case numbers, leave
 * passes (外出证明) and other documents draw from here.
 */
@Component
@NamedInterface("api")
public class CaseNumbers {

	private final CaseNumberCounterRepository counters;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	CaseNumbers(CaseNumberCounterRepository counters, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.counters = counters;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	String next(CaseType type, int year) {
		return next(type.numberPrefix(), year);
	}

	public String next(String prefix, int year) {
		CaseNumberCounter.Key key = new CaseNumberCounter.Key(prefix, year);
		CaseNumberCounter counter = counters.lockByKey(key).orElseGet(() -> {
			createCounter(key);
			return counters.lockByKey(key).orElseThrow();
		});
		return "%s-%d-%06d".formatted(prefix, year, counter.next());
	}

	/**
	 * A year's first number: the counter is created and committed on its own, so that steps starting at the same
	 * moment, on this node or another, all lock the one row instead of each inserting it. The step that
	 * loses the race finds the row there, which is not an error worth a log line.
	 */
	private void createCounter(CaseNumberCounter.Key key) {
		try {
			ownTransaction.executeWithoutResult(status -> jdbc.update("insert into case_number_counter"
					+ " (prefix, counter_year, last_value) select ?, ?, 0 where not exists (select 1 from case_number_counter"
					+ " where prefix = ? and counter_year = ?)", key.prefix(), key.counterYear(), key.prefix(), key.counterYear()));
		}
		catch (DuplicateKeyException createdByAnotherStep) {
			// the row is there: lock it
		}
	}

}
