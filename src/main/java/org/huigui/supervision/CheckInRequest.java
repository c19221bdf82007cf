package org.huigui.supervision;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A check-in as the electronic check-in system or a staff member sends it ({@code POST /api/check-ins}); each value
 * is kept as it came, so that the rules refuse a wrong one naming the field.
 */
record CheckInRequest(
		@Schema(description = "案件编号", example = "SQJZ-2026-000003", type = "string", requiredMode = REQUIRED) Object caseNumber,
		@Schema(description = "核查时间（ISO-8601；不带时区的按北京时间），不能晚于现在", example = "2026-03-10T08:30:00+08:00",
				type = "string", format = "date-time", requiredMode = REQUIRED) Object at,
		@Schema(description = "核查方式", implementation = CheckIn.Kind.class, requiredMode = REQUIRED) Object kind,
		@Schema(description = "位置或地点", example = "桑洲镇南岙村", type = "string", requiredMode = REQUIRED) Object place,
		@Schema(description = "结果", implementation = CheckIn.Result.class, requiredMode = REQUIRED) Object result) {
}
