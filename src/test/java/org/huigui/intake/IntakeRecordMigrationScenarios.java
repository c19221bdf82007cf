package org.huigui.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V5 moves intake's columns off {@code case_file} into {@code intake_record} and starts the grade history, on
 * a database that the previous version (V4) wrote: a case under supervision, one still in intake and an
 * assistance case.
 */
abstract class IntakeRecordMigrationScenarios {

	private Flyway upToVersion4;

	private Flyway latest;

	private JdbcTemplate jdbc;

	abstract DataSource emptyDatabase() throws Exception;

	@BeforeEach
	void writtenByTheVersionBefore() throws Exception {
		DataSource database = emptyDatabase();
		upToVersion4 = Flyway.configure().dataSource(database).locations("classpath:db/migration").target("4").load();
		latest = Flyway.configure().dataSource(database).locations("classpath:db/migration").load();
		jdbc = new JdbcTemplate(database);
		upToVersion4.migrate();
		jdbc.update("insert into county (code, name) values ('ninghai', '宁海县司法局')");
		jdbc.update("insert into office (code, name, county_code) values ('sangzhou', '桑洲镇司法所', 'ninghai')");
		jdbc.update("insert into person (id, name, gender, id_number) values (1, '张三', 'MALE', '330226199003071237'),"
				+ " (2, '李四', 'MALE', '330226198803150019'), (3, '王五', 'MALE', '330226197501010011')");
		jdbc.update("insert into case_file (case_number, case_type, person_id, office_code, status, correction_type,"
				+ " term_start, term_end, grade, grade_review_on, reported_on, file_number, file_built_on, plan_summary,"
				+ " announced_on, opened_at) values ('SQJZ-2026-000001', 'COMMUNITY_CORRECTION', 1, 'sangzhou',"
				+ " 'UNDER_SUPERVISION', 'PROBATION', date '2026-02-09', date '2027-02-08', 'STRICT', date '2026-04-12',"
				+ " date '2026-02-12', 'SZ-2026-001', date '2026-02-12', '每月书面汇报', date '2026-02-13',"
				+ " timestamp with time zone '2026-02-09 09:00:00+08:00')");
		jdbc.update("insert into timeline_event (case_number, occurred_at, kind, summary, user_id) values"
				+ " ('SQJZ-2026-000001', timestamp with time zone '2026-02-13 10:00:00+08:00', 'UNDER_SUPERVISION',"
				+ " '入矫完成，列入在矫管理', 'sangzhou-staff')");
		jdbc.update("insert into case_file (case_number, case_type, person_id, office_code, status, correction_type,"
				+ " term_start, term_end, opened_at) values ('SQJZ-2026-000002', 'COMMUNITY_CORRECTION', 2, 'sangzhou',"
				+ " 'INTAKE', 'CONTROL', date '2026-03-01', date '2026-09-01',"
				+ " timestamp with time zone '2026-03-01 09:00:00+08:00')");
		jdbc.update("insert into case_file (case_number, case_type, person_id, office_code, status, opened_at)"
				+ " values ('AZBJ-2026-000001', 'RESETTLEMENT_ASSISTANCE', 3, 'sangzhou', 'UNDER_ASSISTANCE',"
				+ " timestamp with time zone '2026-03-02 09:00:00+08:00')");
	}

	@Test
	void intakesColumnsMoveWithTheirData() {
		latest.migrate();

		assertThat(jdbc.queryForList("select case_number, reported_on, file_number, file_built_on, plan_summary,"
				+ " announced_on from intake_record order by case_number")).extracting(row -> List.of(
						row.get("case_number"), String.valueOf(row.get("reported_on")), String.valueOf(row.get("file_number")),
						String.valueOf(row.get("file_built_on")), String.valueOf(row.get("plan_summary")),
						String.valueOf(row.get("announced_on"))))
			.containsExactly(
					List.of("SQJZ-2026-000001", "2026-02-12", "SZ-2026-001", "2026-02-12", "每月书面汇报", "2026-02-13"),
					List.of("SQJZ-2026-000002", "null", "null", "null", "null", "null"));
		for (String moved : List.of("reported_on", "file_number", "file_built_on", "plan_summary", "announced_on")) {
			assertThatThrownBy(() -> jdbc.queryForList("select " + moved + " from case_file")).as(moved)
				.isInstanceOf(BadSqlGrammarException.class);
		}
		assertThat(jdbc.queryForMap("select grade, grade_review_on from case_file where case_number = 'SQJZ-2026-000001'"))
			.extracting(row -> row.get("grade"), row -> String.valueOf(row.get("grade_review_on")))
			.containsExactly("STRICT", "2026-04-12");
	}

	@Test
	void aGradeGivenBeforeTheHistoryIsItsFirstEntry() {
		latest.migrate();

		List<Map<String, Object>> history = jdbc.queryForList("select case_number, grade, review_on, decided_by from grade_change");
		assertThat(history).extracting(row -> List.of(row.get("case_number"), row.get("grade"),
				String.valueOf(row.get("review_on")), row.get("decided_by")))
			.containsExactly(List.of("SQJZ-2026-000001", "STRICT", "2026-04-12", "system"));
		assertThat(jdbc.queryForObject("select count(*) from grade_change where decided_at"
				+ " = timestamp with time zone '2026-02-13 10:00:00+08:00'", Integer.class))
			.as("decided when the timeline says the case came under supervision").isEqualTo(1);
	}

	@Test
	void theNewVersionWritesTheMovedData() {
		latest.migrate();

		jdbc.update("update intake_record set announced_on = date '2026-03-05' where case_number = 'SQJZ-2026-000002'");
		jdbc.update("insert into grade_change (case_number, grade, review_on, reason, decided_by, decided_at) values"
				+ " ('SQJZ-2026-000001', 'ORDINARY', null, '考核良好', 'sangzhou-head', current_timestamp)");
		assertThat(jdbc.queryForObject("select count(*) from grade_change where case_number = 'SQJZ-2026-000001'",
				Integer.class)).isEqualTo(2);
		assertThatThrownBy(() -> jdbc.update("insert into intake_record (case_number) values ('SQJZ-2026-999999')"))
			.as("an intake record belongs to a case").isInstanceOf(DataIntegrityViolationException.class);
	}

}
