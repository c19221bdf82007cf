package org.huigui.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.huigui.system.PostgresAvailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Office isolation on PostgreSQL, in the {@code postgres} profile: real logins, so the password policy holds. */
@ExtendWith(PostgresAvailable.class)
@ActiveProfiles("postgres")
class OfficeIsolationIT extends OfficeIsolationScenarios {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresAvailable.register(registry);
	}

	@Test
	void aNewLogin_needsAPasswordThatMeetsThePolicy() {
		ResponseEntity<Map> weak = createUser("qiantong-clerk", "demo");
		assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(weak.getBody()).containsEntry("field", "password");
		assertThat((String) weak.getBody().get("message")).contains("至少10个字符", "大写字母");
		assertThat(createUser("qiantong-clerk", "qiantongclerk").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(createUser("qiantong-clerk", "Qiantong-2026!").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		ResponseEntity<Map> weakened = rest.withBasicAuth(PostgresAvailable.ADMIN, PostgresAvailable.ADMIN_PASSWORD).exchange(
				"/engine-rest/user/qiantong-clerk/credentials", HttpMethod.PUT,
				new HttpEntity<>(Map.of("password", "12345678",
						"authenticatedUserPassword", PostgresAvailable.ADMIN_PASSWORD)),
				Map.class);
		assertThat(weakened.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(rest.withBasicAuth("qiantong-clerk", "Qiantong-2026!").getForEntity("/engine-rest/task/count", Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private ResponseEntity<Map> createUser(String id, String password) {
		Map<String, Object> user = Map.of("profile", Map.of("id", id, "firstName", "前童", "lastName", "文书"),
				"credentials", Map.of("password", password));
		return rest.withBasicAuth(PostgresAvailable.ADMIN, PostgresAvailable.ADMIN_PASSWORD)
			.postForEntity("/engine-rest/user/create", user, Map.class);
	}

}
