package org.huigui.handover;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.huigui.casefile.Gender;

/**
 * A prison's release notice as it sends it ({@code POST /api/release-notices}). Each value is kept as it came, so
 * that the notice's rules ({@link ReleaseNoticeApplication}) take a sentence as a number or as digits, and refuse
 * anything else naming the field.
 */
record ReleaseNoticeRequest(
		@Schema(description = "罪犯编号", type = "string", requiredMode = REQUIRED) Object prisonerNumber,
		@Schema(description = "姓名", example = "张三", type = "string", requiredMode = REQUIRED) Object personName,
		@Schema(description = "公民身份号码（18 位）", type = "string", requiredMode = REQUIRED) Object idNumber,
		@Schema(description = "性别", implementation = Gender.class, requiredMode = REQUIRED) Object gender,
		@Schema(description = "释放日期，一年以前至一年以后", type = "string", format = "date",
				requiredMode = REQUIRED) Object releaseDate,
		@Schema(description = "监狱", example = "乔司监狱", type = "string", requiredMode = REQUIRED) Object prisonName,
		@Schema(description = "罪名", example = "盗窃罪", type = "string", requiredMode = REQUIRED) Object offence,
		@Schema(description = "罪名类别", implementation = OffenceType.class, requiredMode = REQUIRED) Object offenceType,
		@Schema(description = "刑期（月），1 至 600：数字，或数字组成的文本", types = { "integer", "string" }, minimum = "1",
				maximum = "600", requiredMode = REQUIRED) Object sentence,
		@Schema(description = "改造表现", implementation = PrisonAssessment.class,
				requiredMode = REQUIRED) Object prisonAssessment,
		@Schema(description = "司法所代码", example = "sangzhou", type = "string", requiredMode = REQUIRED) Object officeCode) {
}
