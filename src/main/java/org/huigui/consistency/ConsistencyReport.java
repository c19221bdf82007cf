package org.huigui.consistency;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The outcome of one consistency check: how much was compared, and every mismatch found. */
record ConsistencyReport(Instant checkedAt, long casesChecked, long instancesChecked, Map<String, Long> recordsChecked,
		List<Mismatch> mismatches) {
}
