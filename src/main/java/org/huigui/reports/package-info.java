/** The county's and offices' reports (统计报表). */
@ApplicationModule(displayName = "Reports", allowedDependencies = { "aftercare", "handover", "identity" })
package org.huigui.reports;

import org.springframework.modulith.ApplicationModule;
