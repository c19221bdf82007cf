/** The server-side checks of the Camunda Forms in every process. */
@ApplicationModule(displayName = "Forms", allowedDependencies = { "casefile :: api" })
package org.huigui.forms;

import org.springframework.modulith.ApplicationModule;
