package org.huigui.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;

/**
 * Logins the scenarios act as; created only where the profile has no demo logins. Like the demo logins they
 * have the password {@code demo}, outside the password policy the postgres profile enforces.
 */
public final class TestUsers {

	public static final String PASSWORD = "demo";

	private TestUsers() {
	}

	public static void ensure(IdentityService identityService, String userId, String... groups) {
		if (identityService.createUserQuery().userId(userId).count() == 0) {
			User user = identityService.newUser(userId);
			user.setFirstName(userId);
			user.setLastName("test");
			user.setPassword(PASSWORD);
			((IdentityServiceImpl) identityService).saveUser(user, true);
		}
		for (String group : groups) {
			if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
				identityService.createMembership(userId, group);
			}
		}
	}

	private static final AtomicInteger PEOPLE = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));

	/** A valid resident ID number no other test person of this run has (born 1950 to 2005). */
	public static String uniqueIdNumber() {
		int n = PEOPLE.incrementAndGet();
		LocalDate born = LocalDate.of(1950, 1, 1).plusDays(n % 20_000);
		return validIdNumber("330226" + born.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted((n / 20_000) % 1000));
	}

	public static String validIdNumber(String first17) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}

}
