package org.huigui.identity;

import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.cockpit.impl.plugin.base.dto.ProcessDefinitionStatisticsDto;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.rest.dto.StatisticsResultDto;
import org.camunda.bpm.engine.rest.dto.repository.IncidentStatisticsResultDto;
import org.camunda.bpm.engine.runtime.Incident;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Cockpit's dashboard and process list count each process's running instances, incidents and failed jobs with
 * the permission on the process definition only, so an office head would see every office's numbers. Their
 * answers ({@code process-definition/statistics} of the engine REST API and of Cockpit) are counted again here,
 * as the logged-in user, through queries that check each instance's own grants (see {@link OfficeAccess}).
 * Every Jersey application of the server gets this through {@code META-INF/services}, the webapps' included.
 */
public class OfficeInstanceCounts implements ForcedAutoDiscoverable {

	@Override
	public void configure(FeatureContext context) {
		if (context.getConfiguration().getRuntimeType() == RuntimeType.SERVER) {
			context.register(new Recount());
		}
	}

	static final class Recount implements ContainerResponseFilter {

		/** The engine's name in the webapps' paths ({@code engine/default/...}, {@code plugin/base/default/...}). */
		private static final Pattern ENGINE = Pattern.compile("(?:^|/)(?:engine|plugin/[^/]+)/([^/]+)/process-definition/");

		@Override
		public void filter(ContainerRequestContext request, ContainerResponseContext response) {
			String path = request.getUriInfo().getPath();
			if (!path.endsWith("process-definition/statistics") || !(response.getEntity() instanceof List<?> rows)) {
				return;
			}
			ProcessEngine engine = engineOf(path);
			if (engine == null) {
				return;
			}
			MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
			for (Object row : rows) {
				if (row instanceof StatisticsResultDto definition) {
					recount(engine, definition, query);
				}
				else if (row instanceof ProcessDefinitionStatisticsDto process) {
					recount(engine, process);
				}
			}
		}

		/** The engine REST API's statistics: one row per process definition version. */
		private static void recount(ProcessEngine engine, StatisticsResultDto definition, MultivaluedMap<String, String> query) {
			String id = definition.getId();
			definition.setInstances((int) engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(id).count());
			if (definition.getFailedJobs() != null) {
				definition.setFailedJobs(
						(int) engine.getManagementService().createJobQuery().processDefinitionId(id).noRetriesLeft().count());
			}
			if (definition.getIncidents() != null) {
				boolean rootOnly = "true".equals(query.getFirst("rootIncidents"));
				String type = query.getFirst("incidentsForType");
				Map<String, Long> byType = engine.getRuntimeService().createIncidentQuery().processDefinitionId(id).list()
					.stream()
					.filter(incident -> !rootOnly || incident.getId().equals(incident.getRootCauseIncidentId()))
					.filter(incident -> type == null || type.equals(incident.getIncidentType()))
					.collect(Collectors.groupingBy(Incident::getIncidentType, TreeMap::new, Collectors.counting()));
				definition.setIncidents(byType.entrySet().stream().map(Recount::incidents).toList());
			}
		}

		/** Cockpit's list of processes: one row per process, counting all its versions. */
		private static void recount(ProcessEngine engine, ProcessDefinitionStatisticsDto process) {
			process.setInstances((int) engine.getRuntimeService().createProcessInstanceQuery()
				.processDefinitionKey(process.getKey()).count());
			process.setIncidents((int) engine.getRuntimeService().createIncidentQuery()
				.processDefinitionKeyIn(process.getKey()).count());
		}

		private static IncidentStatisticsResultDto incidents(Map.Entry<String, Long> type) {
			IncidentStatisticsResultDto incidents = new IncidentStatisticsResultDto();
			incidents.setIncidentType(type.getKey());
			incidents.setIncidentCount(type.getValue().intValue());
			return incidents;
		}

		private static ProcessEngine engineOf(String path) {
			Matcher named = ENGINE.matcher(path);
			return named.find() ? ProcessEngines.getProcessEngine(named.group(1)) : ProcessEngines.getDefaultProcessEngine();
		}

	}

}
