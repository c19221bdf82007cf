package org.huigui.supervision;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a supervised subject may go without a check-in (信息化核查) before staff must contact them, and how
 * many working days staff have for the month's assessment after the month ends.
 */
@ConfigurationProperties("huigui.supervision")
record SupervisionProperties(@DefaultValue("P3D") Duration checkInGap, @DefaultValue("5") int assessmentWorkingDays) {
}
