package org.huigui.casefile;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * A case's timeline. Every entry names the user who caused it; steps the engine takes on its own
 * (timers, escalations) are attributed to {@value #SYSTEM}.
 */
@Service
@NamedInterface("api")
public class Timeline {

	public static final String SYSTEM = "system";

	private final TimelineEventRepository events;

	private final IdentityService identityService;

	Timeline(TimelineEventRepository events, IdentityService identityService) {
		this.events = events;
		this.identityService = identityService;
	}

	public void record(String caseNumber, String kind, String summary, String detail) {
		String processInstanceId = null;
		String activityId = null;
		BpmnExecutionContext context = Context.getBpmnExecutionContext();
		if (context != null && context.getExecution() != null) {
			DelegateExecution execution = context.getExecution();
			processInstanceId = execution.getProcessInstanceId();
			activityId = execution.getCurrentActivityId();
		}
		events.save(new TimelineEvent(caseNumber, ClockUtil.getCurrentTime().toInstant(), kind, summary,
				truncate(detail), currentUser(), processInstanceId, activityId));
	}

	public List<TimelineEvent> of(String caseNumber) {
		return events.findByCaseNumberOrderByOccurredAtAscIdAsc(caseNumber);
	}

	public String currentUser() {
		Authentication authentication = identityService.getCurrentAuthentication();
		return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
	}

	private static String truncate(String detail) {
		return detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3999) + "…";
	}

}
