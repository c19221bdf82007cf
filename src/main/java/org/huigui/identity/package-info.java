/** Counties, offices, their groups and users, and what each may see. */
@ApplicationModule(displayName = "Identity", allowedDependencies = {})
package org.huigui.identity;

import org.springframework.modulith.ApplicationModule;
