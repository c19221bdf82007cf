package org.huigui.aftercare;

import java.time.LocalDate;
import org.huigui.casefile.NewPerson;

/**
 * What starts resettlement assistance for a person: who, at which office, on what basis from which
 * day, the category, and where it came from ({@code sourceReference}, e.g. the release notice, and
 * {@code history}, what happened before, for the timeline). {@code agreementSignedOn} is the day the
 * assistance agreement (帮教协议) was signed, or null.
 */
public record AssistanceRequest(NewPerson person, String officeCode, AssistanceCategory category, AssistanceBasis basis,
		LocalDate basisDate, LocalDate agreementSignedOn, String sourceReference, String history) {
}
