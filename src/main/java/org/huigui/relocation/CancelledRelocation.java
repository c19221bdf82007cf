package org.huigui.relocation;

import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.huigui.casefile.Cancellation;
import org.huigui.casefile.CancelledWork;
import org.springframework.stereotype.Component;

/**
 * A deleted relocation closes its request as cancelled and takes its running verification with it. A verification
 * deleted on its own is asked again, so the relocation does not wait for an answer forever.
 */
@Component
class CancelledRelocation implements CancelledWork {

	static final String RELOCATION = "relocation";

	private final Relocations relocations;

	private final ReceivingCountyConsultation consultation;

	private final RuntimeService runtimeService;

	CancelledRelocation(Relocations relocations, ReceivingCountyConsultation consultation,
			RuntimeService runtimeService) {
		this.relocations = relocations;
		this.consultation = consultation;
		this.runtimeService = runtimeService;
	}

	@Override
	public Set<String> processKeys() {
		return Set.of(RELOCATION, ReceivingCountyConsultation.PROCESS_KEY);
	}

	@Override
	public void cancelled(Cancellation cancellation) {
		if (cancellation.processKey().equals(RELOCATION)) {
			relocationCancelled(cancellation);
		}
		else {
			verificationCancelled(cancellation);
		}
	}

	private void relocationCancelled(Cancellation cancellation) {
		relocations.cancel(cancellation.processInstanceId(), cancellation.by(), cancellation.reason());
		consultation.runningFor(cancellation.processInstanceId())
			.forEach(verification -> runtimeService.deleteProcessInstance(verification.getId(),
					"迁居申请已撤销：" + cancellation.reason()));
	}

	private void verificationCancelled(Cancellation cancellation) {
		String relocation = (String) cancellation.instance().getVariable(ReceivingCountyConsultation.REQUESTING_INSTANCE);
		if (relocations.undecided(relocation) && consultation.awaitsAnswer(relocation)) {
			consultation.ask(cancellation.businessKey(), relocation, cancellation.instance());
			relocations.reconsulted(relocation, cancellation.detail());
		}
	}

}
