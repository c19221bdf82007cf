package org.huigui.casefile;

import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * What a feature's processes leave open in the case store when one of their instances is deleted: each feature
 * closes its own as cancelled, in the deleting transaction. The case's timeline already shows who cancelled the
 * process and why ({@link CancellationPlugin}).
 */
@NamedInterface("api")
public interface CancelledWork {

	Set<String> processKeys();

	void cancelled(Cancellation cancellation);

}
