package org.huigui.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Authorization checks use the user's own groups as they are. Before every checked command Camunda reads the
 * distinct groups of all grants ({@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION}) to drop the user's
 * groups that hold none, an aid for directories with hundreds of groups per user. Huigui's users are in a few
 * groups, and its grants grow with the instances (one per instance and task for each office group), so that scan
 * grew with everything ever started and cost more than any check it shortened. A group without grants matches
 * no grant either way, so every check answers as before.
 */
@Component
class GrantedGroupsPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomSessionFactories() == null) {
			configuration.setCustomSessionFactories(new ArrayList<>());
		}
		configuration.getCustomSessionFactories().add(new SessionFactory() {

			@Override
			public Class<?> getSessionType() {
				return AuthorizationManager.class;
			}

			@Override
			public Session openSession() {
				return new UserGroupsAuthorizationManager();
			}

		});
	}

	static final class UserGroupsAuthorizationManager extends AuthorizationManager {

		@Override
		public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
			if (authenticatedGroupIds == null) {
				return EMPTY_LIST;
			}
			List<String> groups = new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
			groups.removeIf(Objects::isNull);
			return groups;
		}

	}

}
