package org.huigui.casefile;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.huigui.system.InputRejected;

/**
 * A search of the case list (案件查询), as {@code GET /api/cases} and the list page {@code /cases} take it: words to
 * find, filters, and one page of the answer. Blank parameters mean "any"; every other bad value is refused, named.
 *
 * @param text a case number or part of it, part of a person's name, or an ID number masked as lists show it
 */
record CaseQuery(String text, CaseStatus status, CaseType type, Grade grade, int page, int size, Order order) {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	static final int MAX_TEXT = 50;

	private static final Pattern MASKED_ID_NUMBER = Pattern.compile("\\d{6}\\*{8}\\d{3}[\\dX]", Pattern.CASE_INSENSITIVE);

	private static final Pattern FULL_ID_NUMBER = Pattern.compile("\\d{17}[\\dX]", Pattern.CASE_INSENSITIVE);

	/** Newest first ({@code openedAt}), or by case number. */
	enum Order {

		openedAt, caseNumber

	}

	static CaseQuery of(String q, String status, String type, String grade, int page, int size, String sort) {
		String text = blank(q) ? null : q.strip();
		if (text != null && text.length() > MAX_TEXT) {
			throw new InputRejected("q", "最多 " + MAX_TEXT + " 个字符");
		}
		if (text != null && FULL_ID_NUMBER.matcher(text).matches()) {
			throw new InputRejected("q", "不能按完整的身份证号码查询，请输入列表显示的号码（前6位与后4位，中间8个*）");
		}
		if (page < 0) {
			throw new InputRejected("page", "页码从 0 开始，不能为负数（" + page + "）");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InputRejected("size", "每页 1 至 " + MAX_SIZE + " 条（" + size + "）");
		}
		return new CaseQuery(text, valueOf(CaseStatus.class, "status", status), valueOf(CaseType.class, "type", type),
				valueOf(Grade.class, "grade", grade), page, size,
				blank(sort) ? Order.openedAt : valueOf(Order.class, "sort", sort));
	}

	/** The text is an ID number as lists show it, {@code 330226********0019}: only its first 6 and last 4 are known. */
	boolean isMaskedIdNumber() {
		return text != null && MASKED_ID_NUMBER.matcher(text).matches();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static <E extends Enum<E>> E valueOf(Class<E> kind, String parameter, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return Enum.valueOf(kind, value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InputRejected(parameter,
					"不是可选的值（" + value + "），可选：" + Arrays.toString(kind.getEnumConstants()));
		}
	}

}
