package org.huigui.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * A new or changed password that Camunda's password policy refuses is the caller's error: {@code 400} naming
 * the field {@code password} and the policy's rules in Chinese, where Camunda's REST API answers 500.
 */
@Priority(1)
class PasswordPolicyMapper implements ExceptionMapper<ProcessEngineException> {

	/** Camunda's own message; the engine has no exception type of its own for it. */
	static final String REFUSED = "Password does not match policy";

	private static final Map<String, String> RULES = Map.of("PASSWORD_POLICY_LENGTH", "至少%s个字符",
			"PASSWORD_POLICY_LOWERCASE", "至少%s个小写字母", "PASSWORD_POLICY_UPPERCASE", "至少%s个大写字母",
			"PASSWORD_POLICY_DIGIT", "至少%s个数字", "PASSWORD_POLICY_SPECIAL", "至少%s个特殊字符（如 !-_#）",
			"PASSWORD_POLICY_USER_DATA", "不得包含登录名、姓名或邮箱");

	private final Supplier<ProcessEngine> engine;

	PasswordPolicyMapper(Supplier<ProcessEngine> engine) {
		this.engine = engine;
	}

	@Override
	public Response toResponse(ProcessEngineException exception) {
		if (!REFUSED.equals(exception.getMessage())) {
			return ExceptionHandlerHelper.getInstance().getResponse(exception);
		}
		return RestRefusals.refused(Response.Status.BAD_REQUEST, "PasswordPolicy", "password",
				"password：密码不符合密码策略，须" + rules());
	}

	private String rules() {
		PasswordPolicy policy = engine.get().getIdentityService().getPasswordPolicy();
		if (policy == null) {
			return "符合管理员设定的规则";
		}
		return policy.getRules().stream().map(PasswordPolicyMapper::describe).collect(Collectors.joining("，"));
	}

	private static String describe(PasswordPolicyRule rule) {
		String template = RULES.getOrDefault(rule.getPlaceholder(), rule.getPlaceholder() + " %s");
		String parameter = rule.getParameters() == null ? "" : String.join("、", rule.getParameters().values());
		return template.formatted(parameter).strip();
	}

}
