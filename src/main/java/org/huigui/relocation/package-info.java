/** Relocation (迁居 / 变更执行地): application, consultation of the receiving county, handover. */
@ApplicationModule(displayName = "Relocation", allowedDependencies = { "casefile :: api", "consistency", "identity" })
package org.huigui.relocation;

import org.springframework.modulith.ApplicationModule;
