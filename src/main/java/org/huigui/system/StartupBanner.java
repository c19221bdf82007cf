package org.huigui.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where to go. */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final ObjectProvider<StartupNotes> notes;

	StartupBanner(ObjectProvider<StartupNotes> notes) {
		this.notes = notes;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		Environment env = event.getApplicationContext().getEnvironment();
		String base = "http://localhost:" + env.getProperty("local.server.port", "8080");
		StringBuilder more = new StringBuilder();
		notes.orderedStream().flatMap(note -> note.lines().stream()).forEach(line -> more.append("    ").append(line).append('\n'));
		log.info("""

				  Huigui is running
				    Tasklist  {}/camunda/app/tasklist/   (office staff and heads)
				    Cockpit   {}/camunda/app/cockpit/    (office heads, county bureau)
				    Admin     {}/camunda/app/admin/      (users, groups)
				    Cases     {}/cases   (find a case; each opens its case file)
				    Report    {}/api/reports/assistance   (安置帮教工作统计, a page in the browser)
				    REST      {}/engine-rest  and  {}/api   (HTTP Basic; described at {}/swagger-ui.html)
				    Health    {}/actuator/health
				{}""", base, base, base, base, base, base, base, base, base, more);
	}

}
