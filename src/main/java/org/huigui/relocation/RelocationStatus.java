package org.huigui.relocation;

enum RelocationStatus {

	REQUESTED, REJECTED, APPROVED, ARRIVED;

}
