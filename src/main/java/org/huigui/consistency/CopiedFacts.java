package org.huigui.consistency;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.huigui.consistency.ProcessRecords.RecordState;
import org.huigui.consistency.ProcessRecords.RunningInstance;

/**
 * The facts running instances copy from the store (an office, a name, a date) against what the store says now:
 * the variables of a page of instances are read in one query. Dates compare as {@code yyyy-MM-dd}, enums by
 * name, text without surrounding blanks.
 */
final class CopiedFacts {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final RuntimeService runtimeService;

	CopiedFacts(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	void compare(ProcessRecords kind, List<RunningInstance> batch, Map<String, RecordState> records,
			Consumer<Mismatch> found) {
		Set<String> names = records.values().stream().flatMap(record -> record.facts().keySet().stream())
			.collect(Collectors.toSet());
		Map<String, Map<String, Object>> variables = EngineReads.variables(runtimeService, records.keySet(), names);
		for (RunningInstance instance : batch) {
			RecordState record = records.get(instance.id());
			if (record == null) {
				continue;
			}
			Map<String, Object> copied = variables.getOrDefault(instance.id(), Map.of());
			record.facts().forEach((name, stored) -> {
				String inStore = text(stored);
				String inEngine = text(copied.get(name));
				if (!Objects.equals(inStore, inEngine)) {
					found.accept(new Mismatch(record.caseNumber(), "%s：%s".formatted(name, shown(inStore)),
							"%s：%s".formatted(name, shown(inEngine)), instance.id(),
							"%s（%s）的流程变量 %s 与案件库不一致：案件库为 %s，%s 流程实例中为 %s".formatted(kind.what(),
									record.caseNumber(), name, shown(inStore), kind.processKey(), shown(inEngine))));
				}
			});
		}
	}

	private static String text(Object value) {
		if (value instanceof Date date) {
			return date.toInstant().atZone(SHANGHAI).toLocalDate().toString();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		String text = value == null ? "" : value.toString().strip();
		return text.isEmpty() ? null : text;
	}

	private static String shown(String value) {
		return value == null ? "（无）" : value;
	}

}
