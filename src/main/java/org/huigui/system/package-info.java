/** What every module shares: HTTP and REST handling, input rules, deployment of the models; a shared module. */
@ApplicationModule(displayName = "System", allowedDependencies = {})
package org.huigui.system;

import org.springframework.modulith.ApplicationModule;
