package org.huigui.handover;

/** 家庭接纳: what the verification with the village committee found about the family. */
enum FamilySupport {

	GOOD("家庭愿意接纳并有帮扶能力"), WEAK("家庭接纳或帮扶能力弱"), NONE("无家可归或家庭拒绝接纳");

	private final String label;

	FamilySupport(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

}
