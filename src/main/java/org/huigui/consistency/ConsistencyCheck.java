package org.huigui.consistency;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.huigui.consistency.ProcessRecords.RecordState;
import org.huigui.consistency.ProcessRecords.RunningInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares the case store with the engine (一致性检查): every record that says its process runs has a
 * running instance, every running instance has its record in a state that allows it and still holds the
 * facts it copied from it, and every {@link ConsistencyRule} holds. Reads in one read-only transaction, at
 * repeatable read, so that on PostgreSQL both sides are one snapshot even while work goes on; running
 * instances are read page by page, records and variables with one query per kind and page.
 */
@Service
class ConsistencyCheck {

	private final RuntimeService runtimeService;

	private final ObjectProvider<ProcessRecords> kinds;

	private final ObjectProvider<ConsistencyRule> rules;

	private final CopiedFacts copiedFacts;

	ConsistencyCheck(RuntimeService runtimeService, ObjectProvider<ProcessRecords> kinds,
			ObjectProvider<ConsistencyRule> rules) {
		this.runtimeService = runtimeService;
		this.kinds = kinds;
		this.rules = rules;
		this.copiedFacts = new CopiedFacts(runtimeService);
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ConsistencyReport run() {
		Instant checkedAt = ClockUtil.getCurrentTime().toInstant();
		Findings findings = new Findings();
		kinds.orderedStream().forEach(kind -> compare(kind, findings));
		rules.orderedStream()
			.forEach(rule -> findings.recordsChecked.merge(rule.what(), rule.check(findings.mismatches::add), Long::sum));
		return new ConsistencyReport(checkedAt, findings.cases.size(), findings.instances, findings.recordsChecked,
				findings.mismatches);
	}

	private void compare(ProcessRecords kind, Findings findings) {
		List<RunningInstance> running = EngineReads.all(runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(kind.processKey()).orderByProcessInstanceId().asc())
			.stream().map(instance -> new RunningInstance(instance.getId(), instance.getBusinessKey())).toList();
		findings.instances += running.size();
		Set<String> runningIds = running.stream().map(RunningInstance::id).collect(Collectors.toSet());
		List<RecordState> open = kind.running();
		for (RecordState record : open) {
			findings.cases.add(record.caseNumber());
			if (!runningIds.contains(record.processInstanceId())) {
				findings.mismatches.add(new Mismatch(record.caseNumber(), kind.what() + "：" + record.status(),
						"无运行中的 " + kind.processKey() + " 流程实例", record.processInstanceId(),
						"案件库中%s（%s）尚未办结，但其流程实例已不在运行".formatted(kind.what(), record.status())));
			}
		}
		long compared = open.size();
		for (List<RunningInstance> batch : EngineReads.pages(running)) {
			Map<String, RecordState> records = kind.recordsOf(batch);
			compared += records.size();
			batch.forEach(instance -> compare(kind, instance, records.get(instance.id()), findings));
			copiedFacts.compare(kind, batch, records, findings.mismatches::add);
		}
		findings.recordsChecked.merge(kind.what(), compared, Long::sum);
	}

	private static void compare(ProcessRecords kind, RunningInstance instance, RecordState record, Findings findings) {
		if (record == null) {
			findings.mismatches.add(new Mismatch(instance.businessKey(), "无对应的" + kind.what() + "记录",
					kind.processKey() + " 流程实例运行中", instance.id(), "运行中的 %s 流程（业务键 %s）在案件库中没有对应的%s"
						.formatted(kind.processKey(), instance.businessKey(), kind.what())));
			return;
		}
		findings.cases.add(record.caseNumber());
		if (!kind.mayRun(record.status())) {
			findings.mismatches.add(new Mismatch(record.caseNumber(), kind.what() + "：" + record.status(),
					kind.processKey() + " 流程实例运行中", instance.id(),
					"案件库中%s已是 %s，其流程却仍在运行".formatted(kind.what(), record.status())));
		}
	}

	/** What one check has found so far. */
	private static final class Findings {

		final List<Mismatch> mismatches = new ArrayList<>();

		final Map<String, Long> recordsChecked = new LinkedHashMap<>();

		final Set<String> cases = new HashSet<>();

		long instances;

	}

}
