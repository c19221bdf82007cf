package org.huigui.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.huigui.casefile.CaseFiles;
import org.huigui.casefile.CaseStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser tests: the whole application on an in-memory H2 database with the demo logins and demo
 * cases, on a random port, driven through the system's Chromium as people use it. Every class extending
 * this one shares the same Spring context and browser. Each test's screenshots go to
 * {@code target/e2e/<class>/<test>/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "huigui.calendar.directory=target/no-calendar" })
@ExtendWith(ChromiumAvailable.class)
public abstract class BrowserScenarios {

	public static final String PASSWORD = "demo";

	@LocalServerPort
	private int port;

	private final List<BrowserContext> contexts = new ArrayList<>();

	protected Screenshots screenshots;

	@Autowired
	private ProcessEngine processEngine;

	@Autowired
	private CaseFiles caseFiles;

	/**
	 * The webapps and the engine's REST API find the engine by name in a JVM-wide registry, where each
	 * Spring context of the run (the other scenario tests') registers its own as "default": the browser
	 * tests share one context across classes, so theirs is put back before each test.
	 */
	@BeforeEach
	void webappsUseThisContextsEngine() {
		ProcessEngines.registerProcessEngine(processEngine);
	}

	@BeforeEach
	void screenshotFolder(TestInfo test) {
		String method = test.getTestMethod().map(m -> m.getName()).orElse("test");
		screenshots = new Screenshots(
				Path.of("target", "e2e", getClass().getSimpleName(), method));
	}

	@AfterEach
	void closeBrowserWindows() {
		contexts.forEach(context -> context.pages().forEach(page -> screenshots.take(page, "last")));
		contexts.forEach(BrowserContext::close);
		contexts.clear();
	}

	/** A fresh browser window (no cookies, no stored language) in a Chinese-speaking setting. */
	protected Page newWindow() {
		return newWindow("zh-CN");
	}

	protected Page newWindow(String browserLocale) {
		return newWindow(new Browser.NewContextOptions().setLocale(browserLocale));
	}

	/** A browser window that answers the HTTP Basic prompt of the case pages as this user. */
	protected Page newWindowAs(String user) {
		return newWindow(new Browser.NewContextOptions().setLocale("zh-CN").setHttpCredentials(user, PASSWORD));
	}

	private Page newWindow(Browser.NewContextOptions options) {
		BrowserContext context = Chromium.browser().newContext(options.setBaseURL("http://localhost:" + port)
			.setTimezoneId("Asia/Shanghai").setViewportSize(1600, 960));
		context.setDefaultTimeout(15_000);
		contexts.add(context);
		return context.newPage();
	}

	protected Tasklist tasklistAs(String user) {
		return new Tasklist(login(newWindow(), "tasklist", user), screenshots);
	}

	/** Logs in to a Camunda webapp ({@code tasklist}, {@code cockpit}, {@code admin}) through its login page. */
	protected Page login(Page page, String app, String user) {
		page.navigate("/camunda/app/" + app + "/");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		Locator username = page.locator("input[ng-model=username]");
		Locator password = page.locator("input[ng-model=password]");
		// the login page may still be settling: type again until both fields hold what was typed
		for (int attempt = 0; attempt < 5; attempt++) {
			username.fill(user);
			password.fill(PASSWORD);
			if (user.equals(username.inputValue()) && PASSWORD.equals(password.inputValue())) {
				break;
			}
			page.waitForTimeout(200);
		}
		screenshots.take(page, app + "-login-" + user);
		page.locator("form[name=signinForm] button[type=submit]").click();
		page.locator("form[name=signinForm]").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
		return page;
	}

	/** The number of a demo case (see DemoIntakes) at sangzhou by its person's name. */
	protected String demoCase(String personName, CaseStatus status) {
		return caseFiles.ofOffices(List.of("sangzhou"), status).stream()
			.filter(c -> c.getPerson().getName().equals(personName)).findFirst().orElseThrow().getCaseNumber();
	}

}
