package org.huigui.webapps;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.huigui.browser.BrowserScenarios;
import org.junit.jupiter.api.Test;

/** Tasklist, Cockpit and Admin speak Chinese even to an English browser; English is one click away. */
class WebappLanguageBrowserTest extends BrowserScenarios {

	@Test
	void loginPageAndTaskList_areInChinese_withoutTheMigrationBanner_andEnglishOnRequest() {
		Page page = newWindow("en-US");
		page.navigate("/camunda/app/tasklist/");
		assertThat(page.locator("input[ng-model=username]")).hasAttribute("placeholder", "用户名");
		assertThat(page.locator("input[ng-model=password]")).hasAttribute("placeholder", "密码");
		assertThat(page.locator("form[name=signinForm] button[type=submit]")).hasText("登录");
		login(page, "tasklist", "sangzhou-staff");
		assertThat(page.locator("li.start-process-action")).containsText("启动流程");
		page.locator("[cam-tasklist-filters] .task-filter", new Page.LocatorOptions().setHasText("本所待办")).click();
		assertThat(page.locator("[cam-tasks] li.task").first()).containsText("到期");
		assertThat(page.locator(".ce-eol-banner")).isHidden();
		screenshots.take(page, "tasklist-in-chinese");

		page.getByText("English", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(page.locator("li.start-process-action")).containsText("Start process");
		screenshots.take(page, "tasklist-in-english");
		page.getByText("中文", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(page.locator("li.start-process-action")).containsText("启动流程");
	}

	@Test
	void cockpitAndAdmin_areInChinese() {
		Page page = login(newWindow("en-US"), "cockpit", "demo");
		assertThat(page.locator("body")).containsText("运行中的流程实例");
		assertThat(page.locator(".ce-eol-banner")).isHidden();
		screenshots.take(page, "cockpit-dashboard");

		page.navigate("/camunda/app/admin/default/#/users");
		assertThat(page.locator("body")).containsText("用户列表");
		assertThat(page.locator("table")).containsText("sangzhou-staff");
		screenshots.take(page, "admin-users");
	}

}
