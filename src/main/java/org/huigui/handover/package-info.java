/** The pre-release prison handover (刑满释放人员衔接), from release notice to assistance. */
@ApplicationModule(displayName = "Handover", allowedDependencies = { "aftercare", "casefile :: api", "consistency", "identity" })
package org.huigui.handover;

import org.springframework.modulith.ApplicationModule;
