package org.huigui.handover;

/** 改造表现: the prison's assessment of the prisoner, sent with the release notice. */
enum PrisonAssessment {

	GOOD("改造表现好"), ORDINARY("改造表现一般"), POOR("改造表现差");

	private final String label;

	PrisonAssessment(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

}
