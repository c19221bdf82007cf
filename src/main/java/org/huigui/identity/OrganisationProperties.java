package org.huigui.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The county bureaus and their offices, from configuration ({@code huigui.organisation}). */
@ConfigurationProperties("huigui.organisation")
record OrganisationProperties(List<CountyConfig> counties) {

	OrganisationProperties {
		counties = counties == null ? List.of() : counties;
	}

	record CountyConfig(String code, String name, List<OfficeConfig> offices) {

		CountyConfig {
			offices = offices == null ? List.of() : offices;
		}

	}

	record OfficeConfig(String code, String name) {
	}

}
