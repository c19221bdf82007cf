package org.huigui.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The holiday schedules in force: those shipped with the application, overridden and extended by the
 * files an administrator puts in {@code huigui.calendar.directory} (one {@code YYYY.json} per year).
 * The directory is looked at again whenever one of its files changes, so a new year needs no restart.
 */
@Component
class HolidaySchedules {

	private static final Logger log = LoggerFactory.getLogger(HolidaySchedules.class);

	private final Map<Integer, HolidaySchedule> shipped;

	private final Path directory;

	private volatile String directoryFingerprint = "";

	private volatile Map<Integer, HolidaySchedule> inForce;

	HolidaySchedules(@Value("${huigui.calendar.directory:calendar}") Path directory) throws IOException {
		this.directory = directory;
		this.shipped = readShipped();
		this.inForce = shipped;
		refreshIfChanged();
	}

	HolidaySchedule forYear(int year) {
		refreshIfChanged();
		return inForce.get(year);
	}

	List<Integer> years() {
		refreshIfChanged();
		return inForce.keySet().stream().sorted().toList();
	}

	Path directory() {
		return directory;
	}

	private static Map<Integer, HolidaySchedule> readShipped() throws IOException {
		Map<Integer, HolidaySchedule> result = new HashMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/*.json")) {
			try (InputStream in = resource.getInputStream()) {
				HolidaySchedule schedule = HolidayScheduleFile.read(in, "classpath:calendar/" + resource.getFilename());
				result.put(schedule.year(), schedule);
			}
		}
		return Map.copyOf(result);
	}

	private synchronized void refreshIfChanged() {
		List<Path> files = administratorFiles();
		String fingerprint = files.stream().map(HolidaySchedules::fingerprint).reduce("", String::concat);
		if (fingerprint.equals(directoryFingerprint)) {
			return;
		}
		Map<Integer, HolidaySchedule> merged = new HashMap<>(shipped);
		for (Path file : files) {
			try (InputStream in = Files.newInputStream(file)) {
				HolidaySchedule schedule = HolidayScheduleFile.read(in, file.toString());
				merged.put(schedule.year(), schedule);
				log.info("Holiday schedule {} loaded from {}", schedule.year(), file);
			}
			catch (IOException ex) {
				log.error("Holiday schedule file ignored: {}", ex.getMessage());
			}
		}
		inForce = Map.copyOf(merged);
		directoryFingerprint = fingerprint;
	}

	private List<Path> administratorFiles() {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> listing = Files.list(directory)) {
			return listing.filter(p -> p.getFileName().toString().matches("\\d{4}\\.json")).sorted().toList();
		}
		catch (IOException ex) {
			log.error("Cannot read holiday schedule directory {}: {}", directory, ex.getMessage());
			return List.of();
		}
	}

	private static String fingerprint(Path file) {
		try {
			return file + "@" + Files.getLastModifiedTime(file).toMillis() + ";";
		}
		catch (IOException ex) {
			return file + "@?;";
		}
	}

}
