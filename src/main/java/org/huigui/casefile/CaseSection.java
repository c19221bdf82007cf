package org.huigui.casefile;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * A part of the case file that a feature keeps (for example the assistance period and its visits): each
 * feature that has one provides it; {@code /api/cases/{caseNumber}} shows it under its name and the case
 * page ({@code /cases/{caseNumber}}) as a section of its own.
 */
@NamedInterface("api")
public interface CaseSection {

	String name();

	Optional<Object> of(String caseNumber);

	Optional<Page> page(String caseNumber);

	/** The section on the case page: a heading, labelled values, and a table (headings, then rows). */
	@NamedInterface("api")
	record Page(String heading, Map<String, String> fields, List<String> columns, List<List<String>> rows) {

		/** A table row whose cells may be empty ({@code null}): the page shows them blank. */
		public static List<String> row(String... cells) {
			return Arrays.asList(cells);
		}

	}

}
