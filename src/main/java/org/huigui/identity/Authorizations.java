package org.huigui.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Grants Camunda permissions once: running the setup again changes nothing. */
@Component
class Authorizations {

	private final AuthorizationService authorizationService;

	Authorizations(AuthorizationService authorizationService) {
		this.authorizationService = authorizationService;
	}

	void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization existing = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
			.resourceType(resource).resourceId(resourceId).singleResult();
		Authorization authorization = existing != null ? existing
				: authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(groupId);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		authorizationService.saveAuthorization(authorization);
	}

	void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
		if (authorizationService.createAuthorizationQuery().userIdIn(Authorization.ANY).resourceType(resource)
			.resourceId(resourceId).count() > 0) {
			return;
		}
		Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
		authorization.setUserId(Authorization.ANY);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		authorizationService.saveAuthorization(authorization);
	}

}
