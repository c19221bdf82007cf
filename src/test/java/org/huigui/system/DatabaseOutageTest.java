package org.huigui.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures are a database outage, and how the filter answers them; {@link DatabaseOutageIT} stops a real server. */
class DatabaseOutageTest {

	/** The same answer on every surface (docs/errors.md): no Camunda type exists for it, so the kind's URI. */
	private static final String ANSWER = "{\"type\":\"/problems/database-unavailable\",\"title\":\"数据库暂时不可用\","
			+ "\"status\":503,\"detail\":\"数据库暂时不可用，请稍后重试\",\"message\":\"数据库暂时不可用，请稍后重试\"}";

	@Test
	void aLostOrRefusedConnection_isAnOutage_whateverWrapsIt() {
		assertThat(DatabaseOutage.explains(new CannotCreateTransactionException("Could not open JPA EntityManager",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
		assertThat(DatabaseOutage.explains(new ProcessEngineException("persistence",
				new RuntimeException(new SQLException("FATAL: terminating connection due to administrator command", "57P01")))))
			.isTrue();
		assertThat(DatabaseOutage.explains(new SQLException("Connection to 127.0.0.1:5432 refused", "08001"))).isTrue();
		assertThat(DatabaseOutage.explains(new RuntimeException("Unable to rollback", new SQLException("Connection is closed"))))
			.isTrue();
	}

	@Test
	void otherFailures_areNot() {
		assertThat(DatabaseOutage.explains(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
		assertThat(DatabaseOutage.explains(new OptimisticLockingException("updated by another transaction"))).isFalse();
		assertThat(DatabaseOutage.explains(new InputRejected("idNumber", "校验位不正确"))).isFalse();
		assertThat(DatabaseOutage.explains(new SQLException("Connection is closed", "HY000"))).isFalse();
	}

	@Test
	void theRestApplications_answer503WithTheSameProblem() {
		Response answer = new DatabaseOutageMappers.Engine().toResponse(new ProcessEngineException("persistence",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));
		assertThat(answer.getStatus()).isEqualTo(503);
		assertThat(answer.getMediaType().toString()).isEqualTo("application/problem+json");
		assertThat(answer.getEntity()).isEqualTo(ANSWER);
	}

	@Test
	void theFilter_answers503WithTheMessage_andLetsOtherFailuresThrough() throws Exception {
		DatabaseOutageFilter filter = new DatabaseOutageFilter();
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", "/api/cases"), response, (request, answer) -> {
			throw new ServletException(new CannotCreateTransactionException("no connection", new SQLTransientConnectionException("timeout")));
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(ANSWER);

		assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/api/cases"), new MockHttpServletResponse(),
				(request, answer) -> {
					throw new IllegalStateException("a bug");
				}))
			.hasMessage("a bug");
	}

}
