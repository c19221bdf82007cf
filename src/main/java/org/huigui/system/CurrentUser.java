package org.huigui.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.exception.NotAllowedException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user of the current {@code /api} request, as the authentication filter established it. */
@Component
public class CurrentUser {

	private final IdentityService identityService;

	CurrentUser(IdentityService identityService) {
		this.identityService = identityService;
	}

	public String id() {
		Authentication authentication = identityService.getCurrentAuthentication();
		if (authentication == null || authentication.getUserId() == null) {
			throw new NotAllowedException("请先登录");
		}
		return authentication.getUserId();
	}

}
