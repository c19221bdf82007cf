package org.huigui.casefile;

import java.util.Optional;

/**
 * A part of the case page that a feature keeps (for example the assistance period and its visits):
 * each feature that has one provides it, and {@code /api/cases/{caseNumber}} shows it under its name.
 */
public interface CaseSection {

	String name();

	Optional<Object> of(String caseNumber);

}
