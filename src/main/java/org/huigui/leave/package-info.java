/** Leave (外出请假): request, approval by the rules, and return. */
@ApplicationModule(displayName = "Leave", allowedDependencies = { "casefile :: api", "consistency" })
package org.huigui.leave;

import org.springframework.modulith.ApplicationModule;
