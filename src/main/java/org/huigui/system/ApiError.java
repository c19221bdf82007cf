package org.huigui.system;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a refused {@code /api} call answers, for the OpenAPI description: an RFC 9457 problem as {@link Problem}
 * writes it (see docs/errors.md).
 */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record ApiError(@Schema(example = "/problems/refused-input") String type,
		@Schema(example = "输入有误") String title, @Schema(example = "400") int status,
		@Schema(example = "idNumber：居民身份证号码校验位不正确") String detail,
		@Schema(description = "the refused input, when one is", example = "idNumber") String field,
		@Schema(description = "the same text as detail") String message,
		@Schema(example = "/api/intakes") String instance) {
}
