package org.huigui.leave;

enum LeaveStatus {

	/** 已申请，待审批 */
	REQUESTED,
	/** 不予批准：超出审批权限表的上限，未进入审批 */
	REFUSED,
	/** 审批未同意 */
	REJECTED,
	/** 已批准，外出中 */
	APPROVED,
	/** 已销假 */
	RETURNED,
	/** 已撤销：流程被管理员删除 */
	CANCELLED;

	boolean isOpen() {
		return this == REQUESTED || this == APPROVED;
	}

}
