package org.huigui.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.huigui.identity.OrganisationProperties.CountyConfig;
import org.huigui.identity.OrganisationProperties.OfficeConfig;
import org.huigui.system.StartupNotes;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo logins for the embedded default: {@code <office>-staff}, {@code <office>-head} and
 * {@code <county>-bureau}, all with password {@code demo}. Never in the {@code postgres} profile.
 */
@Component
@Profile("!postgres")
@Order(15)
class DemoUsers implements ApplicationRunner, StartupNotes {

	static final String PASSWORD = "demo";

	private final OrganisationProperties organisation;

	private final IdentityService identityService;

	private final Set<String> logins = new LinkedHashSet<>();

	DemoUsers(OrganisationProperties organisation, IdentityService identityService) {
		this.organisation = organisation;
		this.identityService = identityService;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (CountyConfig county : organisation.counties()) {
			user(Groups.bureau(county.code()), county.name(), "社区矫正科", Groups.bureau(county.code()));
			for (OfficeConfig office : county.offices()) {
				user(Groups.staff(office.code()), office.name(), "工作人员", Groups.staff(office.code()));
				user(Groups.head(office.code()), office.name(), "所长", Groups.head(office.code()),
						Groups.staff(office.code()));
			}
		}
	}

	@Override
	public List<String> lines() {
		return List.of("Demo logins (password " + PASSWORD + "): " + String.join(", ", logins) + ", demo (administrator)");
	}

	private void user(String id, String firstName, String lastName, String... groups) {
		logins.add(id);
		if (identityService.createUserQuery().userId(id).count() == 0) {
			User user = identityService.newUser(id);
			user.setFirstName(firstName);
			user.setLastName(lastName);
			user.setPassword(PASSWORD);
			user.setEmail(id + "@huigui.invalid");
			identityService.saveUser(user);
		}
		for (String group : groups) {
			if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
				identityService.createMembership(id, group);
			}
		}
	}

}
