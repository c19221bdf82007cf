package org.huigui.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Numbered screenshots of one test's steps, in the order they happened. */
public final class Screenshots {

	private final Path folder;

	private int step;

	Screenshots(Path folder) {
		this.folder = folder;
		try (Stream<Path> earlier = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
			earlier.forEach(file -> file.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void take(Page page, String what) {
		step++;
		page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve("%02d-%s.png".formatted(step, what))).setFullPage(true));
	}

}
