package org.huigui.aftercare;

/** How an assistance case ends. */
enum EndReason {

	RELEASED("解除帮教"), REOFFENDED("重新犯罪"), DIED("死亡");

	private final String label;

	EndReason(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

}
