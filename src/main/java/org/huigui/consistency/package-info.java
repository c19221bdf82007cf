/** Compares the case store with the engine and reports what does not match. */
@ApplicationModule(displayName = "Consistency", allowedDependencies = { "identity" })
package org.huigui.consistency;

import org.springframework.modulith.ApplicationModule;
