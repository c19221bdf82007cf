package org.huigui.aftercare;

/** 居住情况, as recorded at a visit. */
enum Housing {

	STABLE("固定住所"), TEMPORARY("临时住所"), NONE("无住所");

	private final String label;

	Housing(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

}
