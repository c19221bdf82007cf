package org.huigui.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.huigui.system.InputRejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormSchemaTest {

	private static final String REGISTRATION = """
			[
			  { "type": "textfield", "key": "caseNumber", "label": "案件编号", "readonly": true,
			    "validate": { "required": true } },
			  { "type": "text", "text": "#### 报到登记" },
			  { "type": "textfield", "key": "personName", "label": "姓名",
			    "validate": { "required": true, "minLength": 2, "maxLength": 10 } },
			  { "type": "textfield", "key": "phone", "label": "联系电话",
			    "validate": { "required": true, "pattern": "^[0-9+\\\\- ]{7,20}$" } },
			  { "type": "textfield", "key": "address", "label": "住址", "description": "须含门牌号",
			    "validate": { "pattern": "\\\\d+号" } },
			  { "type": "select", "key": "officeCode", "label": "司法所",
			    "values": [ { "label": "桑洲", "value": "sangzhou" }, { "label": "前童", "value": "qiantong" } ],
			    "validate": { "required": true } },
			  { "type": "radio", "key": "documentsCheck", "label": "材料核查",
			    "values": [ { "label": "齐全", "value": "COMPLETE" }, { "label": "不齐全", "value": "INCOMPLETE" } ],
			    "validate": { "required": true } },
			  { "type": "textarea", "key": "missingDocuments", "label": "缺少的材料",
			    "conditional": { "hide": "=documentsCheck != \\"INCOMPLETE\\"" },
			    "validate": { "required": true, "maxLength": 100 } },
			  { "type": "datetime", "subtype": "date", "key": "reportedOn", "dateLabel": "报到日期",
			    "validate": { "required": true } },
			  { "type": "checkbox", "key": "identityVerified", "label": "已核实本人身份",
			    "validate": { "required": true } },
			  { "type": "number", "key": "score", "label": "计分", "validate": { "min": 0, "max": 100 } }
			]
			""";

	private static FormSchema form(String components) throws IOException {
		return FormSchema.parse(("{ \"components\": " + components + " }").getBytes(StandardCharsets.UTF_8));
	}

	private static Map<String, Object> validRegistration() {
		return Map.of("caseNumber", "HG-2026-0001", "personName", "张三", "phone", "+86 138 0000 0000", "address",
				"幸福路12号", "officeCode", "sangzhou", "documentsCheck", "COMPLETE", "reportedOn", "2026-03-02",
				"identityVerified", true, "score", 60);
	}

	private static Map<String, Object> registrationWith(String key, Object value) {
		Map<String, Object> values = new HashMap<>(validRegistration());
		if (value == null) {
			values.remove(key);
		}
		else {
			values.put(key, value);
		}
		return values;
	}

	private static InputRejected rejection(FormSchema schema, Map<String, Object> values) {
		return catchThrowableOfType(InputRejected.class, () -> schema.check(values::get));
	}

	@Test
	void aValidRegistrationPasses() throws IOException {
		FormSchema schema = form(REGISTRATION);

		assertThatCode(() -> schema.check(validRegistration()::get)).doesNotThrowAnyException();
	}

	@Test
	void theFieldsAreTheInputsNotTheText() throws IOException {
		assertThat(form(REGISTRATION).fields()).extracting(FormSchema.Field::key)
			.containsExactly("caseNumber", "personName", "phone", "address", "officeCode", "documentsCheck",
					"missingDocuments", "reportedOn", "identityVerified", "score");
	}

	@Test
	void aDateFieldIsNamedByItsDateLabel() throws IOException {
		assertThat(form(REGISTRATION).fields()).filteredOn(field -> field.key().equals("reportedOn"))
			.extracting(FormSchema.Field::label)
			.containsExactly("报到日期");
	}

	@Test
	void aFieldInsideAGroupIsChecked() throws IOException {
		FormSchema schema = form("""
				[ { "type": "group", "label": "当事人", "components": [
				    { "type": "textfield", "key": "personName", "label": "姓名", "validate": { "required": true } } ] } ]
				""");

		assertThat(rejection(schema, Map.of()).field()).isEqualTo("personName");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void aMissingRequiredFieldIsRejectedNamingItsKeyAndLabel(String blank) throws IOException {
		FormSchema schema = form(REGISTRATION);

		InputRejected missing = rejection(schema, registrationWith("personName", null));
		InputRejected empty = rejection(schema, registrationWith("personName", blank));

		for (InputRejected rejected : List.of(missing, empty)) {
			assertThat(rejected.field()).isEqualTo("personName");
			assertThat(rejected.getMessage()).contains("姓名").contains("必填");
		}
	}

	@Test
	void aMissingRequiredDateIsRejectedNamingItsDateLabel() throws IOException {
		InputRejected rejected = rejection(form(REGISTRATION), registrationWith("reportedOn", null));

		assertThat(rejected.field()).isEqualTo("reportedOn");
		assertThat(rejected.getMessage()).contains("报到日期");
	}

	@Test
	void aRequiredCheckboxLeftUncheckedIsRejected() throws IOException {
		FormSchema schema = form(REGISTRATION);

		for (Object unchecked : new Object[] { false, "false", null }) {
			InputRejected rejected = rejection(schema, registrationWith("identityVerified", unchecked));
			assertThat(rejected).as("identityVerified = %s", unchecked).isNotNull();
			assertThat(rejected.field()).isEqualTo("identityVerified");
			assertThat(rejected.getMessage()).contains("已核实本人身份").contains("须勾选确认");
		}
	}

	@Test
	void anUnanchoredPatternMatchesAnywhereInTheText() throws IOException {
		FormSchema schema = form(REGISTRATION);

		assertThatCode(() -> schema.check(registrationWith("address", "幸福路12号院3单元")::get)).doesNotThrowAnyException();
		InputRejected rejected = rejection(schema, registrationWith("address", "幸福路"));
		assertThat(rejected.field()).isEqualTo("address");
		assertThat(rejected.getMessage()).contains("格式不正确").contains("须含门牌号");
	}

	@Test
	void anAnchoredPatternMustMatchTheWholeText() throws IOException {
		FormSchema schema = form(REGISTRATION);

		assertThatCode(() -> schema.check(registrationWith("phone", "0574-65551234")::get)).doesNotThrowAnyException();
		assertThat(rejection(schema, registrationWith("phone", "电话 0574-65551234")).field()).isEqualTo("phone");
		assertThat(rejection(schema, registrationWith("phone", "0574-65551234 转")).field()).isEqualTo("phone");
	}

	@Test
	void aValueNotAmongTheChoicesIsRejected() throws IOException {
		FormSchema schema = form(REGISTRATION);

		InputRejected select = rejection(schema, registrationWith("officeCode", "beijing"));
		assertThat(select.field()).isEqualTo("officeCode");
		assertThat(select.getMessage()).contains("司法所").contains("beijing");
		assertThat(rejection(schema, registrationWith("documentsCheck", "齐全")).field()).isEqualTo("documentsCheck");
		assertThatCode(() -> schema.check(registrationWith("officeCode", "qiantong")::get)).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-13-01", "2026-02-30", "2026/03/02", "2026-3-2", "下周一" })
	void anInvalidDateIsRejected(String date) throws IOException {
		InputRejected rejected = rejection(form(REGISTRATION), registrationWith("reportedOn", date));

		assertThat(rejected.field()).isEqualTo("reportedOn");
		assertThat(rejected.getMessage()).contains("yyyy-MM-dd");
	}

	@Test
	void aTextLongerThanMaxLengthIsRejected() throws IOException {
		FormSchema schema = form(REGISTRATION);

		assertThatCode(() -> schema.check(registrationWith("personName", "欧阳".repeat(5))::get)).doesNotThrowAnyException();
		InputRejected rejected = rejection(schema, registrationWith("personName", "欧阳".repeat(5) + "娜"));
		assertThat(rejected.field()).isEqualTo("personName");
		assertThat(rejected.getMessage()).contains("最多 10 个字");
	}

	@Test
	void aTextShorterThanMinLengthIsRejected() throws IOException {
		assertThat(rejection(form(REGISTRATION), registrationWith("personName", "张")).getMessage()).contains("至少 2 个字");
	}

	@Test
	void aNumberOutsideItsBoundsIsRejected() throws IOException {
		FormSchema schema = form(REGISTRATION);

		assertThat(rejection(schema, registrationWith("score", -1)).getMessage()).contains("不能小于");
		assertThat(rejection(schema, registrationWith("score", 101L)).getMessage()).contains("不能大于");
		assertThatCode(() -> schema.check(registrationWith("score", 100)::get)).doesNotThrowAnyException();
	}

	@Test
	void aConditionalField_isRequiredWhereItsConditionShowsIt_andOnlyThere() throws IOException {
		FormSchema schema = form(REGISTRATION);

		InputRejected missing = rejection(schema, registrationWith("documentsCheck", "INCOMPLETE"));
		assertThat(missing.field()).isEqualTo("missingDocuments");
		assertThat(missing.getMessage()).contains("必填");
		assertThatCode(() -> schema.check(registrationWith("documentsCheck", "COMPLETE")::get)).doesNotThrowAnyException();
	}

	@Test
	void aConditionTheServerCannotRead_leavesTheFieldToTheStepsDelegate() throws IOException {
		FormSchema schema = form(REGISTRATION.replace("=documentsCheck != \\\"INCOMPLETE\\\"",
				"=documentsCheck != \\\"INCOMPLETE\\\" and score > 10"));

		assertThatCode(() -> schema.check(registrationWith("documentsCheck", "INCOMPLETE")::get))
			.doesNotThrowAnyException();
	}

	@Test
	void aConditionalFieldThatIsFilledInIsStillChecked() throws IOException {
		Map<String, Object> values = registrationWith("documentsCheck", "INCOMPLETE");
		values.put("missingDocuments", "缺".repeat(101));

		assertThat(rejection(form(REGISTRATION), values).field()).isEqualTo("missingDocuments");
	}

	@Test
	void aReadonlyFieldIsNotRequired() throws IOException {
		FormSchema schema = form(REGISTRATION);

		assertThatCode(() -> schema.check(registrationWith("caseNumber", null)::get)).doesNotThrowAnyException();
	}

	@Test
	void theFirstBrokenRuleInFormOrderIsReported() throws IOException {
		assertThat(rejection(form(REGISTRATION), Map.of()).field()).isEqualTo("personName");
	}

	static Stream<Path> realForms() throws IOException {
		try (Stream<Path> listing = Files.list(Path.of("forms"))) {
			return listing.filter(path -> path.toString().endsWith(".form")).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("realForms")
	void everyShippedFormParses(Path file) throws IOException {
		FormSchema schema = FormSchema.parse(Files.readAllBytes(file));

		assertThat(schema.fields()).isNotEmpty().allSatisfy(field -> {
			assertThat(field.key()).isNotBlank();
			assertThat(field.label()).isNotBlank().isNotEqualTo(field.key());
		});
	}

	@Test
	void everyUserTaskFormOfIntakeAndLeaveIsShipped() throws IOException {
		assertThat(realForms().map(p -> p.getFileName().toString()).toList()).contains("intake-start.form",
				"intake-report.form", "intake-build-file.form", "leave-start.form", "leave-report-back.form");
	}

}
