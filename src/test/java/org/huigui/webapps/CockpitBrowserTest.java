package org.huigui.webapps;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.huigui.browser.BrowserScenarios;
import org.huigui.casefile.CaseStatus;
import org.junit.jupiter.api.Test;

/**
 * A manager finds a case's instance in Cockpit by its case number and sees where it stands; the webapps keep
 * Camunda's CSRF protection.
 */
class CockpitBrowserTest extends BrowserScenarios {

	@Test
	void head_findsTheInstanceByCaseNumber_andSeesTheCurrentStepInTheDiagram() {
		String caseNumber = demoCase("陈立新", CaseStatus.INTAKE);

		Page page = login(newWindow(), "cockpit", "sangzhou-head");
		page.locator("a", new Page.LocatorOptions().setHasText("流程")).first().click();
		page.locator("a", new Page.LocatorOptions().setHasText("社区矫正对象接收（入矫）")).first().click();
		Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(caseNumber));
		assertThat(row).hasCount(1);
		screenshots.take(page, "instances-of-intake");

		row.locator("a").first().click();
		assertThat(page.locator("body")).containsText("业务键");
		assertThat(page.locator("body")).containsText(caseNumber);
		page.locator(".djs-container").first().waitFor();
		assertThat(page.locator(".djs-overlays[data-container-id='Task_CheckDocuments'] .badge").first()).isVisible();
		assertThat(page.locator(".djs-overlays[data-container-id='Task_RegisterReport'] .badge").first()).isVisible();
		screenshots.take(page, "instance-with-current-steps");
	}

	@Test
	void aChangeWithoutTheSessionsCsrfToken_isRefused() {
		Page page = login(newWindow(), "cockpit", "sangzhou-head");
		page.locator("a", new Page.LocatorOptions().setHasText("流程")).first().waitFor();
		String post = """
				async () => {
				  const headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
				  const answer = await fetch('/camunda/api/engine/engine/default/process-instance?maxResults=1',
				      { method: 'POST', headers, body: '{}', credentials: 'same-origin' });
				  return answer.status + ' ' + answer.headers.get('X-XSRF-TOKEN');
				}""";
		// the same call the webapps make, from the logged-in page, but without the token a forged page cannot read
		assertThat((String) page.evaluate(post)).isEqualTo("403 Required");
	}

}
