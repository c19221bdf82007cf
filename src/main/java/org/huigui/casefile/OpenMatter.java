package org.huigui.casefile;

import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * Something under way for a case that another request must wait for (an open leave, a relocation).
 * Each feature that has such matters provides one; {@link OpenMatters} asks them all.
 */
@NamedInterface("api")
public interface OpenMatter {

	/** What is open for the case, in words for the refusal, or empty. */
	Optional<String> openFor(String caseNumber);

}
