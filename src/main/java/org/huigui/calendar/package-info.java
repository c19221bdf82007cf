/** The official working-day calendar and the deadlines counted on it; a shared module. */
@ApplicationModule(displayName = "Calendar", allowedDependencies = {})
package org.huigui.calendar;

import org.springframework.modulith.ApplicationModule;
