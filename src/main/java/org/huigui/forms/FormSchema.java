package org.huigui.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.huigui.system.InputRejected;

/**
 * The validation rules a Camunda Form declares (required, pattern, lengths, bounds, allowed values,
 * dates), applied on the server: the browser checks them too, but REST callers bypass the browser.
 * A field shown only under a condition is required when the condition shows it, where the server can read the
 * condition ({@code =other != "VALUE"}); otherwise the delegate behind the step checks it.
 */
final class FormSchema {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final List<String> NOT_INPUT = List.of("button", "text", "spacer", "separator", "image", "html");

	private final List<Field> fields;

	private FormSchema(List<Field> fields) {
		this.fields = fields;
	}

	static FormSchema parse(byte[] json) throws IOException {
		List<Field> fields = new ArrayList<>();
		collect(JSON.readTree(json).path("components"), fields);
		return new FormSchema(List.copyOf(fields));
	}

	List<Field> fields() {
		return fields;
	}

	Optional<Field> field(String key) {
		return fields.stream().filter(field -> field.key().equals(key)).findFirst();
	}

	/** The keys a submission may set: the fields neither read-only nor disabled. */
	List<String> editableKeys() {
		return fields.stream().filter(Field::editable).map(Field::key).distinct().toList();
	}

	/** Throws {@link InputRejected} for the first field whose submitted value breaks its rule. */
	void check(Function<String, Object> values) {
		for (Field field : fields) {
			field.check(values.apply(field.key()), field.shown(values));
		}
	}

	private static void collect(JsonNode components, List<Field> into) {
		for (JsonNode component : components) {
			String type = component.path("type").asText();
			if (component.has("components")) {
				collect(component.path("components"), into);
			}
			if (component.hasNonNull("key") && !NOT_INPUT.contains(type)) {
				into.add(new Field(component));
			}
		}
	}

	record Field(String key, String label, String type, JsonNode component) {

		private static final Pattern HIDDEN_UNLESS = Pattern.compile("=\\s*(\\w+)\\s*!=\\s*\"([^\"]*)\"\\s*");

		Field(JsonNode component) {
			this(component.path("key").asText(),
					component.path("label").asText(component.path("dateLabel").asText(component.path("key").asText())),
					component.path("type").asText(), component);
		}

		boolean editable() {
			return !component.path("readonly").asBoolean(false) && !component.path("disabled").asBoolean(false);
		}

		/** The variable types (as the engine REST API names them, in lower case) the field's value may have. */
		Set<String> valueTypes() {
			return switch (type) {
				case "checkbox" -> Set.of("boolean");
				case "number" -> Set.of("integer", "long", "short", "double");
				case "textfield", "textarea", "select", "radio", "datetime" -> Set.of("string");
				default -> Set.of("string", "boolean", "integer", "long", "short", "double", "json");
			};
		}

		private JsonNode rule(String name) {
			return component.path("validate").path(name);
		}

		/**
		 * Whether the form shows the field for these values: always without a condition; for the one kind of
		 * condition the forms use, {@code =other != "VALUE"}, when {@code other} is that value; for any other
		 * condition the server cannot tell, and the field counts as not shown.
		 */
		boolean shown(Function<String, Object> values) {
			if (!component.has("conditional")) {
				return true;
			}
			Matcher hidden = HIDDEN_UNLESS.matcher(component.path("conditional").path("hide").asText());
			return hidden.matches() && hidden.group(2).equals(String.valueOf(values.apply(hidden.group(1))));
		}

		void check(Object value, boolean shown) {
			boolean required = rule("required").asBoolean(false) && shown && editable();
			if (isEmpty(value)) {
				if (required) {
					throw rejected("checkbox".equals(type) ? "须勾选确认" : "必填");
				}
				return;
			}
			if ("checkbox".equals(type) && required && Boolean.FALSE.equals(asBoolean(value))) {
				throw rejected("须勾选确认");
			}
			if (value instanceof String text) {
				checkText(text);
			}
			if (value instanceof Number number) {
				checkNumber(number.doubleValue());
			}
			if (component.path("values").isArray() && component.path("values").size() > 0) {
				checkAllowed(value);
			}
		}

		private void checkText(String text) {
			if (rule("minLength").isNumber() && text.length() < rule("minLength").asInt()) {
				throw rejected("至少 " + rule("minLength").asInt() + " 个字");
			}
			if (rule("maxLength").isNumber() && text.length() > rule("maxLength").asInt()) {
				throw rejected("最多 " + rule("maxLength").asInt() + " 个字");
			}
			if (rule("pattern").isTextual() && !matches(rule("pattern").asText(), text)) {
				throw rejected("格式不正确" + description());
			}
			if ("datetime".equals(type) && "date".equals(component.path("subtype").asText("date"))) {
				try {
					LocalDate.parse(text);
				}
				catch (DateTimeParseException ex) {
					throw rejected("须为 yyyy-MM-dd 格式的日期");
				}
			}
			if ("number".equals(type)) {
				try {
					checkNumber(Double.parseDouble(text));
				}
				catch (NumberFormatException ex) {
					throw rejected("须为数字");
				}
			}
		}

		private void checkNumber(double number) {
			if (rule("min").isNumber() && number < rule("min").asDouble()) {
				throw rejected("不能小于 " + rule("min").asText());
			}
			if (rule("max").isNumber() && number > rule("max").asDouble()) {
				throw rejected("不能大于 " + rule("max").asText());
			}
		}

		private void checkAllowed(Object value) {
			Collection<?> chosen = value instanceof Collection<?> many ? many : List.of(value);
			for (Object one : chosen) {
				boolean known = false;
				for (JsonNode option : component.path("values")) {
					known |= option.path("value").asText().equals(String.valueOf(one));
				}
				if (!known) {
					throw rejected("不是可选的值（" + one + "）");
				}
			}
		}

		private String description() {
			String description = component.path("description").asText("");
			return description.isEmpty() ? "" : "（" + description + "）";
		}

		private InputRejected rejected(String rule) {
			return new InputRejected(key, "「" + label + "」" + rule);
		}

		/** As the browser does, {@code new RegExp(pattern).test(text)}: anchors belong in the pattern. */
		private static boolean matches(String pattern, String text) {
			try {
				return Pattern.compile(pattern).matcher(text).find();
			}
			catch (PatternSyntaxException ex) {
				return true;
			}
		}

		private static Boolean asBoolean(Object value) {
			return value instanceof Boolean b ? b : Boolean.valueOf(String.valueOf(value));
		}

		private static boolean isEmpty(Object value) {
			return value == null || (value instanceof String s && s.isBlank())
					|| (value instanceof Collection<?> c && c.isEmpty());
		}

	}

}
