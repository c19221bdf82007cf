package org.huigui.identity;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The offices of the installation, and which of them a user may see. */
@Service
@Transactional(readOnly = true)
public class Offices {

	private final OfficeRepository offices;

	private final IdentityService identityService;

	Offices(OfficeRepository offices, IdentityService identityService) {
		this.offices = offices;
		this.identityService = identityService;
	}

	public Optional<Office> find(String code) {
		return code == null ? Optional.empty() : offices.findById(code);
	}

	/** The county of one of the installation's offices. */
	public String countyOf(String officeCode) {
		return find(officeCode).orElseThrow(() -> new IllegalStateException("司法所 " + officeCode + " 不在本系统的组织中"))
			.getCountyCode();
	}

	/** Every group the installation's tasks may go to: each office's staff and head, each county's bureau. */
	public Set<String> groupIds() {
		return groupIdsOf(offices.findAll());
	}

	/** The groups of the offices that members of these groups see (see {@link #visibleTo}). */
	Set<String> groupIdsVisibleToMembersOf(Collection<String> groupIds) {
		return groupIdsOf(offices.findAllById(visibleToMembersOf(groupIds)));
	}

	private static Set<String> groupIdsOf(List<Office> offices) {
		Set<String> groupIds = new HashSet<>();
		for (Office office : offices) {
			groupIds.add(Groups.staff(office.getCode()));
			groupIds.add(Groups.head(office.getCode()));
			groupIds.add(Groups.bureau(office.getCountyCode()));
		}
		return groupIds;
	}

	/** Staff and heads see their office; a county bureau sees its county's offices; administrators all. */
	public Set<String> visibleTo(String userId) {
		return visibleToMembersOf(identityService.createGroupQuery().groupMember(userId).list().stream()
			.map(Group::getId).toList());
	}

	private Set<String> visibleToMembersOf(Collection<String> groupIds) {
		if (groupIds.contains(Groups.ADMINISTRATORS)) {
			return offices.findAll().stream().map(Office::getCode).collect(Collectors.toSet());
		}
		Set<String> visible = new HashSet<>();
		Set<String> counties = new HashSet<>();
		for (String groupId : groupIds) {
			Optional.ofNullable(Groups.officeOf(groupId)).ifPresent(visible::add);
			Optional.ofNullable(Groups.countyOf(groupId)).ifPresent(counties::add);
		}
		if (!counties.isEmpty()) {
			offices.findByCountyCodeIn(counties).forEach(office -> visible.add(office.getCode()));
		}
		return visible;
	}

}
