package org.huigui.webapps;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.huigui.browser.BrowserScenarios;
import org.huigui.casefile.CaseStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager finds a case's instance in Cockpit by its case number and sees where it stands, and the office's open
 * tasks per group; the webapps keep Camunda's CSRF protection.
 */
class CockpitBrowserTest extends BrowserScenarios {

	/** What Cockpit showed every head on this tab before: the message for a task completed by two people at once. */
	private static final String TAKEN = "该任务已由他人同时办理";

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

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
	void theListOfProcesses_countsOnlyTheOfficesInstances() {
		Page page = login(newWindow(), "cockpit", "sangzhou-head");
		page.locator("a", new Page.LocatorOptions().setHasText("流程")).first().click();
		Locator intake = page.locator("tr", new Page.LocatorOptions().setHasText("社区矫正对象接收（入矫）"));
		assertThat(intake).hasCount(1);
		screenshots.take(page, "processes-of-the-office");

		String counts = """
				async () => {
				  const json = async path => (await fetch('/camunda/api/' + path, { headers: { Accept: 'application/json' } })).json();
				  const rows = await json('cockpit/plugin/base/default/process-definition/statistics?key=intake');
				  const visible = await json('engine/engine/default/process-instance/count?processDefinitionKey=intake');
				  return rows[0].instances + ' ' + visible.count;
				}""";
		String[] shown = ((String) page.evaluate(counts)).split(" ");
		assertThat(shown[0]).isEqualTo(shown[1]);
		assertThat(Long.parseLong(shown[0])).isLessThan(runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("intake").count());
		assertThat(intake.locator("td").nth(2)).hasText(shown[0]);
	}

	@Test
	void head_seesTheOfficesOpenTasksPerGroup_inTheHumanTasksTab() {
		Page page = login(newWindow(), "cockpit", "sangzhou-head");
		page.locator("a", new Page.LocatorOptions().setHasText("人工任务")).first().click();
		Locator groups = page.locator("#task-group-counts tbody tr");
		Locator staff = groups.filter(new Locator.FilterOptions().setHasText(Pattern.compile("桑洲镇司法所 工作人员|sangzhou-staff")));
		assertThat(staff).hasCount(1);
		assertThat(staff.locator("td").first())
			.hasText(String.valueOf(taskService.createTaskQuery().taskCandidateGroup("sangzhou-staff").count()));
		assertThat(groups.filter(new Locator.FilterOptions().setHasText(Pattern.compile("新立|xinli|前童|qiantong"))))
			.hasCount(0);
		screenshots.take(page, "human-tasks-of-the-office");
		assertThat(page.locator(".alert-danger")).hasCount(0);
		assertThat(page.locator("body")).not().containsText(TAKEN);
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
