package org.huigui.casefile;

import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * The office that work keyed by something other than a case number belongs to, as its feature's record says
 * (a release notice's reference, for the prison handover). {@link CaseRecord} asks each feature that keys
 * processes so.
 */
@NamedInterface("api")
public interface OfficeOfRecord {

	Optional<String> officeOf(String businessKey);

}
