package org.huigui.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where to go. */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	@EventListener
	void ready(ApplicationReadyEvent event) {
		Environment env = event.getApplicationContext().getEnvironment();
		String base = "http://localhost:" + env.getProperty("local.server.port", "8080");
		boolean demo = !env.matchesProfiles("postgres");
		log.info("""

				  Huigui is running{}
				    Tasklist  {}/camunda/app/tasklist/   (office staff and heads)
				    Cockpit   {}/camunda/app/cockpit/    (office heads, county bureau)
				    Admin     {}/camunda/app/admin/      (users, groups)
				    REST      {}/engine-rest  and  {}/api/cases   (HTTP Basic)
				    Health    {}/actuator/health
				""", demo ? " with demo logins (password demo): sangzhou-staff, sangzhou-head, ninghai-bureau, demo" : "",
				base, base, base, base, base, base);
	}

}
