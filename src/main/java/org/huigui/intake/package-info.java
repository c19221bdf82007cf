/** Intake (入矫): from the legal documents to the person under supervision. */
@ApplicationModule(displayName = "Intake", allowedDependencies = { "casefile :: api", "consistency", "identity", "supervision" })
package org.huigui.intake;

import org.springframework.modulith.ApplicationModule;
