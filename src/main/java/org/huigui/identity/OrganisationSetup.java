package org.huigui.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.huigui.identity.OrganisationProperties.CountyConfig;
import org.huigui.identity.OrganisationProperties.OfficeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the configured counties and offices into the case store and into Camunda: each office gets a
 * staff and a head group, each county a bureau group, with what they need in Tasklist and Cockpit.
 * Idempotent: it runs at every start.
 */
@Component
@Order(10)
@EnableConfigurationProperties(OrganisationProperties.class)
class OrganisationSetup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OrganisationSetup.class);

	private final OrganisationProperties organisation;

	private final CountyRepository counties;

	private final OfficeRepository offices;

	private final IdentityService identityService;

	private final Authorizations authorizations;

	private final OfficeAccessUpgrade upgrade;

	private boolean broadAccessRevoked;

	OrganisationSetup(OrganisationProperties organisation, CountyRepository counties, OfficeRepository offices,
			IdentityService identityService, Authorizations authorizations, OfficeAccessUpgrade upgrade) {
		this.organisation = organisation;
		this.counties = counties;
		this.offices = offices;
		this.identityService = identityService;
		this.authorizations = authorizations;
		this.upgrade = upgrade;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (CountyConfig county : organisation.counties()) {
			counties.findById(county.code()).ifPresentOrElse(c -> c.rename(county.name()),
					() -> counties.save(new County(county.code(), county.name())));
			group(Groups.bureau(county.code()), county.name() + " 社区矫正机构");
			grantSupervisor(Groups.bureau(county.code()));
			for (OfficeConfig office : county.offices()) {
				offices.findById(office.code()).ifPresentOrElse(o -> o.update(office.name(), county.code()),
						() -> offices.save(new Office(office.code(), office.name(), county.code())));
				group(Groups.staff(office.code()), office.name() + " 工作人员");
				group(Groups.head(office.code()), office.name() + " 所长");
				grantStaff(Groups.staff(office.code()));
				grantSupervisor(Groups.head(office.code()));
			}
		}
		if (broadAccessRevoked) {
			log.info("Office isolation: access to every office's instances revoked; {} instances granted to their offices",
					upgrade.grantExistingInstances());
		}
		int withdrawn = upgrade.withdrawInstanceUpdates();
		if (withdrawn > 0) {
			log.info("Office roles: {} instance grants of heads and bureaus now allow retrying failed steps instead of"
					+ " changing the instance", withdrawn);
		}
		log.info("Organisation: {} counties, {} offices", counties.count(), offices.count());
	}

	private void group(String id, String name) {
		Group group = identityService.createGroupQuery().groupId(id).singleResult();
		if (group == null) {
			group = identityService.newGroup(id);
			group.setType("WORKFLOW");
		}
		group.setName(name);
		identityService.saveGroup(group);
	}

	/** Staff work in Tasklist and start processes; their tasks come with each task's candidate group. */
	private void grantStaff(String groupId) {
		authorizations.grantGroup(groupId, APPLICATION, "tasklist", ACCESS);
		authorizations.grantGroup(groupId, PROCESS_DEFINITION, ANY, READ, CREATE_INSTANCE);
		authorizations.grantGroup(groupId, PROCESS_INSTANCE, ANY, CREATE);
	}

	/**
	 * Heads and the county bureau also watch and unblock instances in Cockpit: the definitions here, the
	 * instances one by one as {@link OfficeAccess} grants them, never every office's at once.
	 */
	private void grantSupervisor(String groupId) {
		grantStaff(groupId);
		authorizations.grantGroup(groupId, APPLICATION, "cockpit", ACCESS);
		authorizations.grantGroup(groupId, DECISION_DEFINITION, ANY, READ);
		authorizations.grantGroup(groupId, DEPLOYMENT, ANY, READ);
		revokeEveryOfficesAccess(groupId);
	}

	/** Grants of earlier versions that let a head or bureau see every office's instances, tasks and history. */
	private void revokeEveryOfficesAccess(String groupId) {
		if (authorizations.has(groupId, PROCESS_INSTANCE, ANY, READ)) {
			broadAccessRevoked = true;
		}
		authorizations.revokeGroup(groupId, PROCESS_DEFINITION, ANY, READ_INSTANCE, UPDATE_INSTANCE, READ_HISTORY);
		authorizations.revokeGroup(groupId, PROCESS_INSTANCE, ANY, READ, UPDATE);
		authorizations.revokeGroup(groupId, TASK, ANY);
		authorizations.revokeGroup(groupId, DECISION_DEFINITION, ANY, READ_HISTORY);
	}

}
