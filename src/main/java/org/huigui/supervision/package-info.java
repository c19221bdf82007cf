/**
 * Supervision during the term (矫正期间监督管理): reporting, written reports, talks and home visits by the
 * grade's rhythm, information check-ins, study and activity sessions, the monthly assessment and the grade
 * review. Its one entry point is {@link org.huigui.supervision.SupervisionStart}.
 */
@ApplicationModule(displayName = "Supervision",
		allowedDependencies = { "casefile :: api", "consistency", "identity", "leave" })
package org.huigui.supervision;

import org.springframework.modulith.ApplicationModule;
