package org.huigui.relocation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;

/** The two sides of a relocation in the diagram tests: who works on each, as {@code relocationRecord} answers. */
final class TwoCounties {

	static final String SENDING_STAFF = "sangzhou-staff";

	static final String SENDING_BUREAU = "ninghai-bureau";

	static final String RECEIVING_STAFF = "xinli-staff";

	static final String RECEIVING_BUREAU = "dongli-bureau";

	private TwoCounties() {
	}

	static RelocationRecord relocationRecord(LocalDate decidedOn) {
		RelocationRecord record = mock(RelocationRecord.class);
		when(record.sendingStaff(any())).thenReturn(SENDING_STAFF);
		when(record.sendingBureau(any())).thenReturn(SENDING_BUREAU);
		when(record.receivingStaff(any())).thenReturn(RECEIVING_STAFF);
		when(record.receivingBureau(any())).thenReturn(RECEIVING_BUREAU);
		when(record.decidedOn(any())).thenReturn(decidedOn);
		return record;
	}

}
