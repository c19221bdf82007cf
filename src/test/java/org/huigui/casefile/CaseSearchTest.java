package org.huigui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.huigui.aftercare.AssistanceBasis;
import org.huigui.aftercare.AssistanceCategory;
import org.huigui.aftercare.AssistanceRequest;
import org.huigui.aftercare.AssistanceStart;
import org.huigui.intake.IntakeScenarios;
import org.huigui.system.ProcessScenarios;
import org.huigui.system.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * Finding a case: {@code GET /api/cases} searched and filtered in the database, one page at a time, only among the
 * offices the user may see, and the list page {@code /cases} built on it. {@code CaseListBrowserTest} uses the page
 * in a browser.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:casesearch;DB_CLOSE_DELAY=-1")
class CaseSearchTest extends ProcessScenarios {

	@Autowired
	AssistanceStart assistanceStart;

	@Test
	void findsACase_byPartOfTheName_byItsNumber_andByTheIdNumberAsListsShowIt() {
		String idNumber = TestUsers.uniqueIdNumber();
		String masked = ResidentIdNumber.masked(idNumber);
		String caseNumber = intake("司马检索", idNumber);

		Map<String, Object> byName = search("sangzhou-staff", "q=检索");
		assertThat(byName).containsEntry("total", 1).containsEntry("page", 0).containsEntry("size", 20);
		assertThat(items(byName)).singleElement().satisfies(c -> assertThat(c).containsEntry("caseNumber", caseNumber)
			.containsEntry("personName", "司马检索").containsEntry("idNumber", masked));

		assertThat(caseNumbers(search("sangzhou-staff", "q=" + caseNumber))).containsExactly(caseNumber);
		assertThat(caseNumbers(search("sangzhou-staff", "q=" + caseNumber.toLowerCase()))).containsExactly(caseNumber);
		assertThat(caseNumbers(search("sangzhou-staff", "q=" + caseNumber.substring(5)))).contains(caseNumber);

		Map<String, Object> byIdNumber = search("sangzhou-staff", "q=" + masked);
		assertThat(caseNumbers(byIdNumber)).contains(caseNumber);
		assertThat(items(byIdNumber)).allSatisfy(c -> assertThat(c).containsEntry("idNumber", masked));
		assertThat(caseNumbers(search("sangzhou-staff", "q=" + masked.substring(0, 14) + "0000"))).doesNotContain(caseNumber);
		assertThat(caseNumbers(search("sangzhou-staff", "q=" + idNumber.substring(0, 10)))).isEmpty();

		assertThat(get("sangzhou-staff", "/api/cases?size=100").getBody()).doesNotContain(idNumber);
		assertRefused("q=" + idNumber, "q");
	}

	@Test
	void wildcardsAndSqlInTheSearch_areText() {
		intake("诸葛通配", TestUsers.uniqueIdNumber());
		for (String q : List.of("%25", "_", "%5C", "x%27)%3B%20drop%20table%20case_file%3B%20--", "%E8%AF%B8%25%E9%85%8D")) {
			ResponseEntity<Map> answer = rest.withBasicAuth("sangzhou-staff", TestUsers.PASSWORD)
				.getForEntity(URI.create("/api/cases?q=" + q), Map.class);
			assertThat(answer.getStatusCode()).as(q).isEqualTo(HttpStatus.OK);
			assertThat(answer.getBody()).as(q).containsEntry("total", 0);
		}
		assertThat(search("sangzhou-staff", "q=诸葛通配")).containsEntry("total", 1);
	}

	@Test
	void filters_byStatusTypeAndGrade() {
		String intake = intake("慕容筛选", TestUsers.uniqueIdNumber());
		String assistance = assistanceStart.begin(new AssistanceRequest(new NewPerson("慕容帮教", Gender.MALE,
				TestUsers.uniqueIdNumber()), "sangzhou", AssistanceCategory.GENERAL, AssistanceBasis.PRISON_RELEASE,
				LocalDate.now().minusDays(3), LocalDate.now().minusDays(3), "XJ-SEARCH", "测试：刑满释放"));
		String supervised = IntakeScenarios.underSupervision(rest, driver);

		assertThat(caseNumbers(search("sangzhou-staff", "q=慕容&type=RESETTLEMENT_ASSISTANCE"))).containsExactly(assistance);
		assertThat(caseNumbers(search("sangzhou-staff", "q=慕容&type=COMMUNITY_CORRECTION"))).containsExactly(intake);
		assertThat(caseNumbers(search("sangzhou-staff", "q=慕容&status=INTAKE"))).containsExactly(intake);
		assertThat(caseNumbers(search("sangzhou-staff", "q=慕容&status=UNDER_ASSISTANCE"))).containsExactly(assistance);

		Map<String, Object> strict = search("sangzhou-staff", "status=UNDER_SUPERVISION&grade=STRICT&size=100");
		assertThat(caseNumbers(strict)).contains(supervised).doesNotContain(intake, assistance);
		assertThat(items(strict)).allSatisfy(c -> assertThat(c).containsEntry("grade", "STRICT")
			.containsEntry("status", "UNDER_SUPERVISION"));
		assertThat(caseNumbers(search("sangzhou-staff", "grade=LENIENT&size=100"))).doesNotContain(supervised);
		assertThat(caseNumbers(search("sangzhou-staff", "q=慕容&office=sangzhou&status="))).containsExactlyInAnyOrder(intake,
				assistance);
	}

	@Test
	void pages_newestFirst_withTheTotalOfAllPages() {
		String first = intake("上官分页", TestUsers.uniqueIdNumber());
		String second = intake("上官分页", TestUsers.uniqueIdNumber());
		String third = intake("上官分页", TestUsers.uniqueIdNumber());

		Map<String, Object> page0 = search("sangzhou-staff", "q=上官分页&size=2");
		assertThat(page0).containsEntry("total", 3).containsEntry("page", 0).containsEntry("size", 2);
		assertThat(caseNumbers(page0)).containsExactly(third, second);
		Map<String, Object> page1 = search("sangzhou-staff", "q=上官分页&size=2&page=1");
		assertThat(page1).containsEntry("total", 3).containsEntry("page", 1);
		assertThat(caseNumbers(page1)).containsExactly(first);
		assertThat(caseNumbers(search("sangzhou-staff", "q=上官分页&size=2&page=5"))).isEmpty();

		assertThat(caseNumbers(search("sangzhou-staff", "q=上官分页&sort=caseNumber"))).containsExactly(first, second, third);
	}

	@Test
	void anotherOfficesCases_areNeverFound_theirCountysAre() {
		String idNumber = TestUsers.uniqueIdNumber();
		String caseNumber = intake("东方隔离", idNumber);

		for (String q : List.of("东方隔离", caseNumber, ResidentIdNumber.masked(idNumber))) {
			Map<String, Object> seen = search("xinli-staff", "q=" + q);
			assertThat(seen).as(q).containsEntry("total", 0);
			assertThat(items(seen)).as(q).isEmpty();
			assertThat(caseNumbers(search("ninghai-bureau", "q=" + q))).as(q).containsExactly(caseNumber);
		}
		assertThat(caseNumbers(search("xinli-staff", "size=100"))).doesNotContain(caseNumber);
		assertRefused("office=sangzhou", "office", "xinli-staff");
		assertThat(rest.getForEntity("/api/cases?q=东方隔离", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void badParameters_areRefused_namingTheParameter() {
		assertRefused("status=OPEN", "status");
		assertRefused("type=PROBATION", "type");
		assertRefused("grade=HIGH", "grade");
		assertRefused("size=101", "size");
		assertRefused("size=0", "size");
		assertRefused("size=many", "size");
		assertRefused("page=-1", "page");
		assertRefused("page=x", "page");
		assertRefused("sort=personName", "sort");
		assertRefused("office=xinli", "office");
		assertRefused("office=nowhere", "office");
		assertRefused("q=" + "长".repeat(51), "q");
	}

	@Test
	void theListPage_showsTheOfficesCases_masked_escaped_andLinked() {
		String idNumber = TestUsers.uniqueIdNumber();
		String caseNumber = intake("<script>alert(1)</script>令狐", idNumber);
		intake("令狐二", TestUsers.uniqueIdNumber());

		ResponseEntity<String> page = page("sangzhou-staff", "/cases?q=令狐&size=1&page=1");
		assertThat(page.getStatusCode().value()).as(page.getBody()).isEqualTo(200);
		assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(page.getHeaders().getCacheControl()).isEqualTo("no-store");
		assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
		assertThat(page.getBody()).doesNotContain("<script", idNumber).contains("<title>案件列表</title>", "桑洲镇司法所 · 共 2 件",
				"&lt;script&gt;alert(1)&lt;/script&gt;令狐", ResidentIdNumber.masked(idNumber),
				"<a href=\"/cases/" + caseNumber + "\">" + caseNumber + "</a>", "第 2 / 2 页",
				"href=\"/cases?q=%E4%BB%A4%E7%8B%90&amp;size=1&amp;page=0\"", "value=\"令狐\"")
			.doesNotContain("下一页");

		ResponseEntity<String> filtered = page("sangzhou-staff", "/cases?q=令狐&status=INTAKE&type=COMMUNITY_CORRECTION&grade=");
		assertThat(filtered.getBody()).containsPattern("value=\"INTAKE\"\\s+selected=\"selected\">接收中</option>")
			.containsPattern("value=\"COMMUNITY_CORRECTION\"\\s+selected=\"selected\">社区矫正</option>")
			.doesNotContainPattern("selected=\"selected\">(严管|普管|宽管)").contains("共 2 件");

		ResponseEntity<String> otherOffice = page("xinli-staff", "/cases?q=令狐");
		assertThat(otherOffice.getStatusCode().value()).isEqualTo(200);
		assertThat(otherOffice.getBody()).contains("新立街道司法所 · 共 0 件", "未找到案件").doesNotContain(caseNumber, "alert");

		ResponseEntity<String> refused = page("sangzhou-staff", "/cases?grade=HIGH");
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody()).contains("<h1>无法显示</h1>", "grade");
		assertThat(rest.getForEntity("/cases", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private String intake(String name, String idNumber) {
		Map<String, Object> application = IntakeScenarios.application(LocalDate.now().minusDays(1), "MALE");
		application.put("personName", name);
		application.put("idNumber", idNumber);
		ResponseEntity<Map> started = rest.withBasicAuth("sangzhou-staff", TestUsers.PASSWORD).postForEntity("/api/intakes",
				application, Map.class);
		assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(201);
		return (String) started.getBody().get("caseNumber");
	}

	private Map<String, Object> search(String user, String query) {
		ResponseEntity<Map> answer = rest.withBasicAuth(user, TestUsers.PASSWORD).getForEntity("/api/cases?" + query, Map.class);
		assertThat(answer.getStatusCode().value()).as(query + " → " + answer.getBody()).isEqualTo(200);
		return answer.getBody();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(Map<String, Object> answer) {
		return (List<Map<String, Object>>) answer.get("items");
	}

	private static List<Object> caseNumbers(Map<String, Object> answer) {
		return items(answer).stream().map(c -> c.get("caseNumber")).toList();
	}

	private void assertRefused(String query, String field) {
		assertRefused(query, field, "sangzhou-staff");
	}

	private void assertRefused(String query, String field, String user) {
		ResponseEntity<Map> answer = rest.withBasicAuth(user, TestUsers.PASSWORD).getForEntity("/api/cases?" + query, Map.class);
		assertThat(answer.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(query).isTrue();
		assertThat(answer.getBody()).as(query).containsEntry("field", field).containsKey("detail");
	}

	private ResponseEntity<String> get(String user, String path) {
		return rest.withBasicAuth(user, TestUsers.PASSWORD).getForEntity(path, String.class);
	}

	private ResponseEntity<String> page(String user, String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.TEXT_HTML));
		return rest.withBasicAuth(user, TestUsers.PASSWORD).exchange(path, HttpMethod.GET, new HttpEntity<>(headers),
				String.class);
	}

}
