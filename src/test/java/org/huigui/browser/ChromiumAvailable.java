package org.huigui.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser tests when the system's Chromium is installed ({@code HUIGUI_CHROMIUM}, default
 * {@code /usr/bin/chromium}). Without it they are skipped with one line; under {@code CI=true} they
 * fail instead.
 */
public class ChromiumAvailable implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Path chromium = Chromium.executable();
		if (Files.isExecutable(chromium)) {
			return ConditionEvaluationResult.enabled("Chromium at " + chromium);
		}
		String reason = "Chromium not found at " + chromium + " (set HUIGUI_CHROMIUM or apt-get install chromium): browser tests skipped";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true: " + reason);
		}
		System.out.println("SKIPPED " + reason);
		return ConditionEvaluationResult.disabled(reason);
	}

}
