/** The case store (一人一档): case files, their people and timelines; features reach it through its {@code api}. */
@ApplicationModule(displayName = "Case file", allowedDependencies = { "consistency", "identity" })
package org.huigui.casefile;

import org.springframework.modulith.ApplicationModule;
