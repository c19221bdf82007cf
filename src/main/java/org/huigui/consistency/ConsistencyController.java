package org.huigui.consistency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.exception.NotAllowedException;
import org.huigui.identity.Groups;
import org.huigui.system.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/admin/consistency}: the consistency check, for administrators only. */
@RestController
@Tag(name = "一致性检查 Consistency")
class ConsistencyController {

	private final ConsistencyCheck check;

	private final CurrentUser currentUser;

	private final IdentityService identityService;

	ConsistencyController(ConsistencyCheck check, CurrentUser currentUser, IdentityService identityService) {
		this.check = check;
		this.currentUser = currentUser;
		this.identityService = identityService;
	}

	@Operation(summary = "案件库与流程引擎的一致性检查（仅限系统管理员）")
	@GetMapping("/api/admin/consistency")
	ConsistencyReport consistency() {
		String user = currentUser.id();
		if (identityService.createUserQuery().userId(user).memberOfGroup(Groups.ADMINISTRATORS).count() == 0) {
			throw new NotAllowedException("一致性检查仅限系统管理员");
		}
		return check.run();
	}

}
