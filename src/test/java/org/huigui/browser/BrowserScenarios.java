package org.huigui.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
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
		BrowserContext context = Chromium.browser().newContext(new Browser.NewContextOptions()
			.setBaseURL("http://localhost:" + port).setLocale(browserLocale).setTimezoneId("Asia/Shanghai")
			.setViewportSize(1600, 960));
		context.setDefaultTimeout(15_000);
		contexts.add(context);
		return context.newPage();
	}

	protected Tasklist tasklistAs(String user) {
		return Tasklist.login(newWindow(), screenshots, user, PASSWORD);
	}

	protected int port() {
		return port;
	}

}
