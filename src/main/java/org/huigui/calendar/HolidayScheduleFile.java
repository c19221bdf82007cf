package org.huigui.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one year's schedule from its JSON file, refusing a file whose dates do not belong to its year.
 */
final class HolidayScheduleFile {

	record Range(String from, String to, String name) {
	}

	record Day(String date, String name) {
	}

	record Content(Integer year, String source, List<Range> holidays, List<Day> makeUpWorkingDays) {
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private HolidayScheduleFile() {
	}

	static HolidaySchedule read(InputStream in, String origin) throws IOException {
		Content content = JSON.readValue(in, Content.class);
		if (content.year() == null) {
			throw new IOException(origin + ": \"year\" is missing");
		}
		int year = content.year();
		Set<LocalDate> holidays = new HashSet<>();
		for (Range range : nonNull(content.holidays())) {
			LocalDate from = date(range.from(), year, origin);
			LocalDate to = date(range.to() == null ? range.from() : range.to(), year, origin);
			if (to.isBefore(from)) {
				throw new IOException(origin + ": holiday " + range.name() + " ends before it starts");
			}
			from.datesUntil(to.plusDays(1)).forEach(holidays::add);
		}
		Set<LocalDate> makeUp = new HashSet<>();
		for (Day day : nonNull(content.makeUpWorkingDays())) {
			LocalDate date = date(day.date(), year, origin);
			if (holidays.contains(date)) {
				throw new IOException(origin + ": " + date + " is both a holiday and a make-up working day");
			}
			makeUp.add(date);
		}
		return new HolidaySchedule(year, content.source(), Set.copyOf(holidays), Set.copyOf(makeUp));
	}

	private static <T> List<T> nonNull(List<T> list) {
		return list == null ? List.of() : list;
	}

	private static LocalDate date(String text, int year, String origin) throws IOException {
		try {
			LocalDate date = LocalDate.parse(text);
			if (date.getYear() != year) {
				throw new IOException(origin + ": " + text + " is not in " + year);
			}
			return date;
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw new IOException(origin + ": \"" + text + "\" is not a yyyy-MM-dd date");
		}
	}

}
