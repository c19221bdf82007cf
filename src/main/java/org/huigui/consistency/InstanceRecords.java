package org.huigui.consistency;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@link ProcessRecords} read through a feature's repository: the records whose process must run, and the
 * records of running instances, each a projection {@link Stored}; a record belongs to the instance it names.
 */
public abstract class InstanceRecords implements ProcessRecords {

	/** A record as a repository projects it (aliases {@code caseNumber}, {@code status}, {@code processInstanceId}). */
	public interface Stored {

		String getCaseNumber();

		Object getStatus();

		String getProcessInstanceId();

	}

	private final String processKey;

	private final String what;

	private final Supplier<List<? extends Stored>> running;

	private final Function<Collection<RunningInstance>, List<? extends Stored>> ofInstances;

	protected InstanceRecords(String processKey, String what, Supplier<List<? extends Stored>> running,
			Function<Collection<RunningInstance>, List<? extends Stored>> ofInstances) {
		this.processKey = processKey;
		this.what = what;
		this.running = running;
		this.ofInstances = ofInstances;
	}

	@Override
	public String processKey() {
		return processKey;
	}

	@Override
	public String what() {
		return what;
	}

	@Override
	public List<RecordState> running() {
		return running.get().stream().map(InstanceRecords::state).toList();
	}

	@Override
	public Map<String, RecordState> recordsOf(Collection<RunningInstance> instances) {
		return ofInstances.apply(instances).stream()
			.filter(stored -> stored.getProcessInstanceId() != null)
			.collect(Collectors.toMap(Stored::getProcessInstanceId, InstanceRecords::state, (first, second) -> first));
	}

	protected static List<String> ids(Collection<RunningInstance> instances) {
		return instances.stream().map(RunningInstance::id).toList();
	}

	protected static List<String> businessKeys(Collection<RunningInstance> instances) {
		return instances.stream().map(RunningInstance::businessKey).filter(key -> key != null).toList();
	}

	private static RecordState state(Stored stored) {
		return new RecordState(stored.getCaseNumber(), String.valueOf(stored.getStatus()), stored.getProcessInstanceId());
	}

}
