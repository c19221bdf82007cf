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
		save(existing != null ? existing : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT),
				groupId, resource, resourceId, permissions);
	}

	/** A grant on a resource this transaction has just created, which cannot hold one yet: no lookup first. */
	void grantGroupOnNew(String groupId, Resource resource, String resourceId, Permission... permissions) {
		save(authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT), groupId, resource, resourceId,
				permissions);
	}

	private void save(Authorization authorization, String groupId, Resource resource, String resourceId,
			Permission... permissions) {
		authorization.setGroupId(groupId);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		authorizationService.saveAuthorization(authorization);
	}

	/** Removes the group's grant on one resource, or only the given permissions of it. */
	void revokeGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization existing = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
			.resourceType(resource).resourceId(resourceId).singleResult();
		if (existing == null) {
			return;
		}
		if (permissions.length == 0) {
			authorizationService.deleteAuthorization(existing.getId());
			return;
		}
		for (Permission permission : permissions) {
			existing.removePermission(permission);
		}
		authorizationService.saveAuthorization(existing);
	}

	/** Whether the group's grant on the resource has the permission. */
	boolean has(String groupId, Resource resource, String resourceId, Permission permission) {
		Authorization existing = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
			.resourceType(resource).resourceId(resourceId).singleResult();
		return existing != null && existing.isPermissionGranted(permission);
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
