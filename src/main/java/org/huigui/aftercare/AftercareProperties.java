package org.huigui.aftercare;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long assistance lasts (帮教期): from release from prison, from the end of community correction,
 * and the further period when a subject still needs assistance at the end.
 */
@ConfigurationProperties("huigui.aftercare")
record AftercareProperties(@DefaultValue("P5Y") Period afterPrison, @DefaultValue("P5Y") Period afterCorrection,
		@DefaultValue("P1Y") Period extension) {

	Period periodFor(AssistanceBasis basis) {
		return basis == AssistanceBasis.PRISON_RELEASE ? afterPrison : afterCorrection;
	}

}
