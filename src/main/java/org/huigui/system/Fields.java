package org.huigui.system;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Reads submitted variables with the rules every step shares; a value that breaks one is refused with
 * {@link InputRejected} naming the variable. A field's own limits (length, bounds, pattern) belong to its
 * form, which is checked before any delegate runs; a limit is given here only where no form declares one.
 */
public final class Fields {

	/** The longest text any field holds: the product's submissions allow no more. */
	public static final int MAX_TEXT = 4000;

	private final VariableScope scope;

	private Fields(VariableScope scope) {
		this.scope = scope;
	}

	public static Fields of(VariableScope scope) {
		return new Fields(scope);
	}

	public static LocalDate today() {
		return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
	}

	public String text(String name) {
		return text(name, MAX_TEXT);
	}

	public String text(String name, int maxLength) {
		String value = optionalText(name, maxLength);
		if (value == null) {
			throw new InputRejected(name, "必填");
		}
		return value;
	}

	public String optionalText(String name) {
		return optionalText(name, MAX_TEXT);
	}

	public String optionalText(String name, int maxLength) {
		Object raw = scope.getVariable(name);
		if (raw == null || String.valueOf(raw).isBlank()) {
			return null;
		}
		if (!(raw instanceof String value)) {
			throw new InputRejected(name, "须为文本");
		}
		String trimmed = value.strip();
		if (trimmed.length() > maxLength) {
			throw new InputRejected(name, "最多 " + maxLength + " 个字");
		}
		if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			throw new InputRejected(name, "含有不可见的控制字符");
		}
		return trimmed;
	}

	public LocalDate date(String name) {
		Object raw = scope.getVariable(name);
		if (raw instanceof Date date) {
			return date.toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
		}
		String text = text(name, 10);
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InputRejected(name, "须为 yyyy-MM-dd 格式的日期（收到 " + text + "）");
		}
	}

	public LocalDate dateNotAfterToday(String name) {
		LocalDate date = date(name);
		if (date.isAfter(today())) {
			throw new InputRejected(name, "不能晚于今天（" + today() + "）");
		}
		return date;
	}

	/** A whole number of at least 0, its bounds left to its form. */
	public int wholeNumber(String name) {
		return wholeNumber(name, 0, Integer.MAX_VALUE);
	}

	/** A whole number as a form's number field or a REST caller sends it: a number, or digits as text. */
	public int wholeNumber(String name, int min, int max) {
		Object raw = scope.getVariable(name);
		long value;
		if (raw instanceof Number number) {
			if (number.doubleValue() != Math.rint(number.doubleValue())) {
				throw new InputRejected(name, "须为整数（收到 " + number + "）");
			}
			value = number.longValue();
		}
		else {
			String text = text(name, 10);
			if (!text.matches("\\d+")) {
				throw new InputRejected(name, "须为整数（收到 " + text + "）");
			}
			value = Long.parseLong(text);
		}
		if (value < min || value > max) {
			throw new InputRejected(name, "须在 " + min + " 至 " + max + " 之间（收到 " + value + "）");
		}
		return (int) value;
	}

	public <E extends Enum<E>> E choice(String name, Class<E> type) {
		String text = text(name, 40);
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			throw new InputRejected(name, "不是可选的值（" + text + "），可选：" + Arrays.toString(type.getEnumConstants()));
		}
	}

	public void confirmed(String name, String what) {
		if (!flag(name)) {
			throw new InputRejected(name, what);
		}
	}

	/** A checkbox: ticked, or not (absent, false). */
	public boolean flag(String name) {
		Object raw = scope.getVariable(name);
		return Boolean.TRUE.equals(raw) || "true".equals(raw);
	}

}
