package org.huigui.consistency;

import java.util.function.Consumer;

/**
 * A divergence the records of one process do not show (a task nobody can see, a message nothing will send, a
 * case missing a step): what {@link ConsistencyCheck} looks for besides {@link ProcessRecords}. Each feature
 * with such a rule provides one; it reads in the check's transaction, page by page ({@link EngineReads}).
 */
public interface ConsistencyRule {

	/** What the rule compares, in words, as the report counts it: 待办任务. */
	String what();

	/** Reports every mismatch found; answers how many records or instances it compared. */
	long check(Consumer<Mismatch> found);

}
