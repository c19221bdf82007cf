package org.huigui.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.modulith.NamedInterface;

/**
 * A process instance an administrator deleted (撤销): in Cockpit, through the engine REST API or the Java API.
 * {@code by} is the deleting user, or {@value #SYSTEM} when the deletion had none.
 */
@NamedInterface("api")
public record Cancellation(DelegateExecution instance, String processKey, String processName, String by, String reason) {

	public static final String TIMELINE_KIND = "PROCESS_CANCELLED";

	static final String SYSTEM = "系统";

	static final String NO_REASON = "未填写原因";

	static Cancellation of(DelegateExecution instance, String processKey, String processName, String userId,
			String deleteReason) {
		return new Cancellation(instance, processKey, processName, userId == null ? SYSTEM : userId,
				deleteReason == null || deleteReason.isBlank() ? NO_REASON : deleteReason.strip());
	}

	public String processInstanceId() {
		return instance.getProcessInstanceId();
	}

	public String businessKey() {
		return instance.getProcessBusinessKey();
	}

	/** Who cancelled and why, for the timeline and the store. */
	public String detail() {
		return "撤销人：%s；原因：%s".formatted(by, reason);
	}

}
