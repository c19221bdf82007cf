package org.huigui.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** A refused {@code /api} call's answer: its status, the field at fault where there is one, and the rule in words. */
public record ApiError(int status, @JsonInclude(Include.NON_NULL) String field, String message) {
}
