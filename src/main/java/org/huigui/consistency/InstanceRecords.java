package org.huigui.consistency;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@link ProcessRecords} read through a feature's repository: the records whose process must run, and the
 * records of running instances, each a projection {@link Stored}; a record belongs to the instance it names.
 * The facts an instance copies from its record are read with it, by the same query.
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

	private final Function<Collection<RunningInstance>, List<RecordState>> ofInstances;

	protected InstanceRecords(String processKey, String what, Supplier<List<? extends Stored>> running,
			Function<Collection<RunningInstance>, List<? extends Stored>> ofInstances) {
		this(processKey, what, running, ofInstances, stored -> Map.of());
	}

	/**
	 * As above, where the running instances' records are a projection {@code S} that also holds what each
	 * instance copies from its record: {@code facts} names each process variable with its stored value.
	 */
	protected <S extends Stored> InstanceRecords(String processKey, String what, Supplier<List<? extends Stored>> running,
			Function<Collection<RunningInstance>, List<? extends S>> ofInstances, Function<S, Map<String, Object>> facts) {
		this.processKey = processKey;
		this.what = what;
		this.running = running;
		this.ofInstances = instances -> ofInstances.apply(instances).stream()
			.map(stored -> state(stored, facts.apply(stored)))
			.toList();
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
		return running.get().stream().map(stored -> state(stored, Map.of())).toList();
	}

	@Override
	public Map<String, RecordState> recordsOf(Collection<RunningInstance> instances) {
		return ofInstances.apply(instances).stream()
			.filter(record -> record.processInstanceId() != null)
			.collect(Collectors.toMap(RecordState::processInstanceId, Function.identity(), (first, second) -> first));
	}

	protected static List<String> ids(Collection<RunningInstance> instances) {
		return instances.stream().map(RunningInstance::id).toList();
	}

	protected static List<String> businessKeys(Collection<RunningInstance> instances) {
		return instances.stream().map(RunningInstance::businessKey).filter(key -> key != null).toList();
	}

	/** Facts by name: {@code facts("officeCode", office, "personName", name)}; a value may be null. */
	protected static Map<String, Object> facts(Object... namesAndValues) {
		Map<String, Object> facts = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			facts.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return facts;
	}

	private static RecordState state(Stored stored, Map<String, Object> facts) {
		return new RecordState(stored.getCaseNumber(), String.valueOf(stored.getStatus()), stored.getProcessInstanceId(),
				facts);
	}

}
