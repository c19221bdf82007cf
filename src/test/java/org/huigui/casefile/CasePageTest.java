package org.huigui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * The case page and the refusal page as HTML from their templates: every value escaped, the sections in their
 * order, the personal-data headers kept. {@code CasePageBrowserTest} reads the same page in a browser.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:pages;DB_CLOSE_DELAY=-1")
class CasePageTest extends ProcessScenarios {

	private static final String SCRIPT = "<script>alert(1)</script>";

	@Autowired
	AssistanceStart assistanceStart;

	@Test
	void aNameWithScript_isShownAsText_inTheSectionsOfTheCaseFile() {
		Map<String, Object> application = IntakeScenarios.application(LocalDate.now().minusDays(1), "FEMALE");
		application.put("personName", SCRIPT + "林");
		ResponseEntity<Map> started = rest.withBasicAuth("sangzhou-staff", TestUsers.PASSWORD).postForEntity("/api/intakes",
				application, Map.class);
		assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(201);
		String caseNumber = (String) started.getBody().get("caseNumber");

		ResponseEntity<String> page = page("sangzhou-staff", "/cases/" + caseNumber);

		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(page.getHeaders().getContentLanguage()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
		assertThat(page.getHeaders().getCacheControl()).isEqualTo("no-store");
		assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
		assertThat(page.getBody()).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;林",
				"<title>案件 " + caseNumber + "</title>", "桑洲镇司法所 · ", (String) application.get("idNumber"), "<dt>报到日期</dt>",
				"收到法律文书，登记案件");
		assertThat(page.getBody()).containsSubsequence("<h2>矫正对象</h2>", "<h2>判决与矫正期</h2>", "<dd>缓刑</dd>",
				"<h2>已签订文书</h2>", "<p class=\"empty\">暂无</p>", "<h2>矫正小组</h2>", "<h2>办理记录</h2>", "<th>时间</th>");

		ResponseEntity<String> otherOffice = page("xinli-staff", "/cases/" + caseNumber);
		assertThat(otherOffice.getStatusCode().value()).isEqualTo(404);
		assertThat(otherOffice.getBody()).contains("<h1>未找到案件 " + caseNumber + "</h1>").doesNotContain("林");
	}

	@Test
	void aFeaturesSection_isRenderedFromItsPage() {
		String caseNumber = assistanceStart.begin(new AssistanceRequest(new NewPerson("钱" + SCRIPT, Gender.MALE,
				TestUsers.uniqueIdNumber()), "sangzhou", AssistanceCategory.KEY, AssistanceBasis.PRISON_RELEASE,
				LocalDate.now().minusDays(3), LocalDate.now().minusDays(3), "XJ-PAGE", "测试：刑满释放"));

		ResponseEntity<String> page = page("sangzhou-staff", "/cases/" + caseNumber);

		assertThat(page.getStatusCode().value()).as(page.getBody()).isEqualTo(200);
		assertThat(page.getBody()).doesNotContain("<script", "判决与矫正期", "矫正小组").containsSubsequence(
				"<h2>安置帮教对象</h2>", "<h2>帮教情况</h2>", "<dt>帮教类别</dt><dd>重点帮教对象</dd>",
				"<h2>已签订文书</h2>", "<h2>办理记录</h2>");
	}

	@Test
	void aRefusedPage_isAChinesePageWithTheMessageEscaped() {
		ResponseEntity<String> refused = page("sangzhou-head", "/api/reports/assistance?office=" + SCRIPT);

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(refused.getBody()).doesNotContain("<script").contains("<h1>无法显示</h1>", "无权查看该司法所",
				"&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void theReport_isAPage() {
		ResponseEntity<String> report = page("sangzhou-head", "/api/reports/assistance?office=sangzhou&year=2025");

		assertThat(report.getStatusCode().value()).isEqualTo(200);
		assertThat(report.getBody()).contains("<title>安置帮教工作统计 2025年</title>", "桑洲镇司法所，2025年（统计至 2025-12-31）",
				"<tr><td>衔接率</td><td>—</td>", "<td class=\"ok\">0</td>");
		assertThat(report.getBody()).as("another office or year is chosen on the page, among the user's offices only")
			.contains("<option value=\"sangzhou\" selected=\"selected\">桑洲镇司法所</option>",
					"<option value=\"2025\" selected=\"selected\">2025年</option>", "<option value=\"2000\">2000年</option>")
			.doesNotContain("xinli", "Accept: application/json");
	}

	private ResponseEntity<String> page(String user, String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.TEXT_HTML));
		return rest.withBasicAuth(user, TestUsers.PASSWORD).exchange(path, HttpMethod.GET, new HttpEntity<>(headers),
				String.class);
	}

}
