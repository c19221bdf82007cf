package org.huigui.casefile;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.huigui.browser.BrowserScenarios;
import org.junit.jupiter.api.Test;

/** The case list (/cases) as staff use it: search the demo case by name, filter, and open its case page. */
class CaseListBrowserTest extends BrowserScenarios {

	@Test
	void staffFindTheDemoCaseByName_andOpenItsCasePage() {
		String caseNumber = demoCase("周建国", CaseStatus.UNDER_SUPERVISION);
		Page page = newWindowAs("sangzhou-staff");
		Response response = page.navigate("/cases");
		assertThat(response.status()).isEqualTo(200);
		assertThat(page).hasTitle("案件列表");
		assertThat(page.locator("p.status").first()).containsText("桑洲镇司法所");
		assertThat(page.locator("table")).containsText("周建国");
		assertThat(page.locator("table")).not().containsText("刘晓燕");
		assertThat(page.locator("table")).containsText("330226********0035");
		assertThat(page.locator("table")).not().containsText("330226197806050035");
		screenshots.take(page, "case-list");

		page.getByRole(AriaRole.SEARCHBOX).fill("周建国");
		page.getByLabel("状态").selectOption("UNDER_SUPERVISION");
		page.getByText("查找").click();
		page.waitForURL("**/cases?q=*");
		assertThat(page.locator("tbody tr")).hasCount(1);
		assertThat(page.locator("tbody tr")).containsText("在矫");
		assertThat(page.locator("tbody tr")).containsText("严管");
		assertThat(page.getByRole(AriaRole.SEARCHBOX)).hasValue("周建国");
		screenshots.take(page, "searched");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber)).click();
		page.waitForURL("**/cases/" + caseNumber);
		assertThat(page.locator("h1")).containsText(caseNumber + "　周建国");
		assertThat(page.locator("dl").first()).containsText("330226197806050035");
		screenshots.take(page, "case-page");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("案件列表")).click();
		assertThat(page).hasTitle("案件列表");

		Page otherOffice = newWindowAs("xinli-staff");
		otherOffice.navigate("/cases?q=周建国");
		assertThat(otherOffice.locator("p.empty")).containsText("未找到案件");
		screenshots.take(otherOffice, "other-office");

		assertThat(newWindow().request().get("/cases").status()).isEqualTo(401);
	}

}
