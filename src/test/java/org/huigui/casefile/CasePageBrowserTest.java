package org.huigui.casefile;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huigui.browser.BrowserScenarios;
import org.huigui.intake.IntakeScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** The case page (/cases/{caseNumber}): readable, escaped, and only for the case's office and county. */
class CasePageBrowserTest extends BrowserScenarios {

	@Autowired
	TestRestTemplate rest;

	@Test
	void showsThePersonAndTheTimeline_withNamesAsText_toTheOfficeOnly() {
		Map<String, Object> application = IntakeScenarios.application(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1),
				"FEMALE");
		application.put("personName", "<script>alert(1)</script>林");
		ResponseEntity<Map> started = rest.withBasicAuth("sangzhou-staff", PASSWORD).postForEntity("/api/intakes",
				application, Map.class);
		String caseNumber = (String) started.getBody().get("caseNumber");

		Page page = newWindowAs("sangzhou-staff");
		List<String> dialogs = new ArrayList<>();
		page.onDialog(dialog -> {
			dialogs.add(dialog.message());
			dialog.dismiss();
		});
		Response response = page.navigate("/cases/" + caseNumber);
		assertThat(response.status()).isEqualTo(200);
		assertThat(page.locator("h1")).containsText("<script>alert(1)</script>林");
		assertThat(page.locator("dl").first()).containsText((String) application.get("idNumber"));
		assertThat(page.locator("dl").nth(1)).containsText("缓刑");
		assertThat(page.locator("table").last()).containsText("sangzhou-staff");
		assertThat(page.locator("table").last().locator("tbody tr").first()).containsText("收到法律文书，登记案件");
		screenshots.take(page, "case-page");
		assertThat(dialogs).isEmpty();

		Page bureau = newWindowAs("ninghai-bureau");
		assertThat(bureau.navigate("/cases/" + caseNumber).status()).isEqualTo(200);

		Page otherOffice = newWindowAs("xinli-staff");
		assertThat(otherOffice.navigate("/cases/" + caseNumber).status()).isEqualTo(404);
		assertThat(otherOffice.locator("h1")).containsText("未找到案件");
		assertThat(otherOffice.locator("body")).not().containsText("林");
		screenshots.take(otherOffice, "other-office");

		assertThat(newWindow().request().get("/cases/" + caseNumber).status()).isEqualTo(401);
	}

}
