package org.huigui.casefile;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Camunda's history never holds a full resident ID number: a process variable or submitted form field
 * {@code idNumber}, in every process, is written to the history (Cockpit's variables, {@code /engine-rest/history/...}) masked as lists
 * show it. The full number stays in the case store, shown only on the case's own page.
 */
@Component
class MaskedIdNumberHistory extends AbstractProcessEnginePlugin {

	static final String VARIABLE = "idNumber";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setEnableDefaultDbHistoryEventHandler(false);
		if (configuration.getCustomHistoryEventHandlers() == null) {
			configuration.setCustomHistoryEventHandlers(new ArrayList<>());
		}
		configuration.getCustomHistoryEventHandlers().add(new MaskingHandler());
	}

	private static final class MaskingHandler extends DbHistoryEventHandler {

		@Override
		public void handleEvent(HistoryEvent event) {
			if (event instanceof HistoricVariableUpdateEventEntity update && VARIABLE.equals(update.getVariableName())) {
				update.setTextValue(ResidentIdNumber.masked(update.getTextValue()));
				update.setTextValue2(ResidentIdNumber.masked(update.getTextValue2()));
			}
			if (event instanceof HistoricFormPropertyEventEntity field && VARIABLE.equals(field.getPropertyId())
					&& field.getPropertyValue() instanceof String value) {
				field.setPropertyValue(ResidentIdNumber.masked(value));
			}
			super.handleEvent(event);
		}

	}

}
