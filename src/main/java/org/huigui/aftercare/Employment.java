package org.huigui.aftercare;

/** 就业情况, as recorded at a visit; with social assistance it decides whether a subject is resettled. */
enum Employment {

	EMPLOYED("单位就业"), SELF_EMPLOYED("自谋职业"), FARMING("务农"), UNEMPLOYED("无业"), UNABLE_TO_WORK("丧失劳动能力");

	private final String label;

	Employment(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

	boolean working() {
		return this == EMPLOYED || this == SELF_EMPLOYED || this == FARMING;
	}

}
