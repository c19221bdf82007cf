package org.huigui.handover;

/** Where a release notice's handover (刑满释放衔接) stands. */
enum HandoverStatus {

	/** 核查中: verification and category */
	VERIFYING,
	/** 待接回或报到 */
	AWAITING_RETURN,
	/** 衔接完成: in assistance */
	COMPLETED,
	/** 已撤销: the handover's process was deleted by an administrator */
	CANCELLED;

	boolean isUnderWay() {
		return this != COMPLETED && this != CANCELLED;
	}

}
