package org.huigui;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Huigui (回归): community corrections and resettlement-assistance workflows on Camunda 7. */
@SpringBootApplication
@Modulithic(systemName = "Huigui", sharedModules = { "system", "calendar" })
public class HuiguiApplication {

	public static void main(String[] args) {
		SpringApplication.run(HuiguiApplication.class, args);
	}

}
