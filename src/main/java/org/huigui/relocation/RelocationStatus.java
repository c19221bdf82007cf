package org.huigui.relocation;

enum RelocationStatus {

	REQUESTED, REJECTED, APPROVED, ARRIVED,
	/** 已撤销：流程被管理员删除 */
	CANCELLED;

	boolean isOpen() {
		return this == REQUESTED || this == APPROVED;
	}

}
