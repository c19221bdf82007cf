package org.huigui.consistency;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One kind of case-store record that a process keeps (a case and its intake, a leave and its instance):
 * what {@link ConsistencyCheck} compares with the engine. Each feature with such records provides one.
 */
public interface ProcessRecords {

	/** The key of the process that keeps these records, e.g. {@code leave}. */
	String processKey();

	/** What the records are, in words: 外出请假. */
	String what();

	/** The records whose process must still be running, as the store says. */
	List<RecordState> running();

	/**
	 * The store's record of each of these running instances (by instance id), with the facts the instance copies
	 * from it; an instance without one is left out.
	 */
	Map<String, RecordState> recordsOf(Collection<RunningInstance> instances);

	/** Whether a record in this status may still have a running instance (an escalation left open, say). */
	default boolean mayRun(String status) {
		return true;
	}

	/**
	 * A record as the store has it: case number (or a release notice's reference), status and instance, and the
	 * process variables its instance copies from the store ({@code facts}: name → stored value, a date or an enum
	 * as it is stored).
	 */
	record RecordState(String caseNumber, String status, String processInstanceId, Map<String, Object> facts) {

		public RecordState(String caseNumber, String status, String processInstanceId) {
			this(caseNumber, status, processInstanceId, Map.of());
		}

	}

	/** A running process instance as the engine has it. */
	record RunningInstance(String id, String businessKey) {
	}

}
