/** Resettlement assistance (安置帮教): the five-year period, its visits, reviews and release. */
@ApplicationModule(displayName = "Aftercare", allowedDependencies = { "casefile :: api", "consistency", "identity" })
package org.huigui.aftercare;

import org.springframework.modulith.ApplicationModule;
