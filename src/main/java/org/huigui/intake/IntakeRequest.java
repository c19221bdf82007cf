package org.huigui.intake;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.huigui.casefile.CorrectionType;
import org.huigui.casefile.Gender;

/**
 * The intake's start form as another system sends it ({@code POST /api/intakes}). Each value is kept as it came,
 * so that a number or an object where text belongs is refused naming its field, by the start form's rules
 * ({@link IntakeApplication}).
 */
record IntakeRequest(
		@Schema(description = "姓名", example = "张三", type = "string", requiredMode = REQUIRED) Object personName,
		@Schema(description = "公民身份号码（18 位）", type = "string", requiredMode = REQUIRED) Object idNumber,
		@Schema(description = "性别", implementation = Gender.class, requiredMode = REQUIRED) Object gender,
		@Schema(description = "矫正类别", implementation = CorrectionType.class, requiredMode = REQUIRED) Object correctionType,
		@Schema(description = "司法所代码", example = "sangzhou", type = "string", requiredMode = REQUIRED) Object officeCode,
		@Schema(description = "决定机关", example = "宁海县人民法院", type = "string", requiredMode = REQUIRED) Object decisionOrgan,
		@Schema(description = "判决生效日，不晚于今天", type = "string", format = "date",
				requiredMode = REQUIRED) Object judgmentEffectiveOn,
		@Schema(description = "矫正起始日", type = "string", format = "date", requiredMode = REQUIRED) Object termStart,
		@Schema(description = "矫正期满日，晚于起始日", type = "string", format = "date", requiredMode = REQUIRED) Object termEnd) {
}
