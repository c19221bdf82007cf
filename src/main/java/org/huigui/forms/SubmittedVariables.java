package org.huigui.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.huigui.system.InputRejected;

/**
 * The variables of a start or task submission as the engine REST API receives them
 * ({@code {"name": {"value": …, "type": …}}}), held against the step's form before anything runs: a form owns
 * what it submits, so each key must be one of its editable fields, with a value of that field's kind.
 * Everything else a case holds (its office, dates, category, names) the product sets itself.
 */
final class SubmittedVariables {

	/** The engine keeps a text variable in a column of this many characters. */
	static final int MAX_TEXT = 4000;

	private SubmittedVariables() {
	}

	/** Throws {@link InputRejected} for the first variable the form does not let this step submit. */
	static void check(JsonNode variables, Optional<FormSchema> form, String step) {
		if (variables == null || variables.isNull()) {
			return;
		}
		if (!variables.isObject()) {
			throw new InputRejected("variables", "须为以变量名为键的对象");
		}
		for (Iterator<Map.Entry<String, JsonNode>> entries = variables.fields(); entries.hasNext();) {
			Map.Entry<String, JsonNode> entry = entries.next();
			String key = entry.getKey();
			FormSchema.Field field = form.flatMap(schema -> schema.field(key))
				.orElseThrow(() -> new InputRejected(key, "不是「" + step + "」表单的字段，不能提交"
						+ form.map(schema -> "（可填字段：" + String.join("、", schema.editableKeys()) + "）").orElse("（此步骤没有表单）")));
			if (!field.editable()) {
				throw new InputRejected(key, "「" + field.label() + "」由系统填写，只供查看，不能提交");
			}
			checkValue(field, entry.getValue());
		}
	}

	private static void checkValue(FormSchema.Field field, JsonNode variable) {
		JsonNode value = variable.isObject() ? variable.path("value") : variable;
		String type = variable.path("type").asText(typeOf(value)).toLowerCase(Locale.ROOT);
		if (value.isMissingNode() || value.isNull() || "null".equals(type)) {
			return;
		}
		if (!field.valueTypes().contains(type) || value.isContainerNode() && !"json".equals(type)) {
			throw new InputRejected(field.key(), "「" + field.label() + "」须为" + kind(field));
		}
		if (value.isTextual() && value.asText().length() > MAX_TEXT) {
			throw new InputRejected(field.key(), "「" + field.label() + "」最多 " + MAX_TEXT + " 个字");
		}
	}

	/** The type the engine REST API gives a value sent without one. */
	private static String typeOf(JsonNode value) {
		if (value.isTextual()) {
			return "string";
		}
		if (value.isBoolean()) {
			return "boolean";
		}
		if (value.isIntegralNumber()) {
			return value.canConvertToInt() ? "integer" : "long";
		}
		if (value.isNumber()) {
			return "double";
		}
		return value.isContainerNode() ? "object" : "null";
	}

	private static String kind(FormSchema.Field field) {
		return switch (field.type()) {
			case "checkbox" -> "是或否（勾选）";
			case "number" -> "数字";
			case "datetime" -> "yyyy-MM-dd 格式的日期文本";
			default -> "文本";
		};
	}

}
