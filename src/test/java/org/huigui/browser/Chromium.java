package org.huigui.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The system's Chromium, launched headless once for all browser tests of a run. Playwright never
 * downloads a browser here; background networking is off because the build machines have no open
 * internet.
 */
final class Chromium {

	private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-default-apps", "--disable-extensions");

	private static Browser browser;

	private Chromium() {
	}

	static Path executable() {
		String configured = System.getenv("HUIGUI_CHROMIUM");
		return Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
	}

	static synchronized Browser browser() {
		if (browser == null) {
			Playwright playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(executable()).setHeadless(true).setArgs(ARGS));
			Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
		}
		return browser;
	}

}
