package org.huigui.supervision;

/** The subject's risk assessment (风险评估), as staff make it at each grade review. */
enum RiskLevel {

	HIGH("高风险"), MEDIUM("中风险"), LOW("低风险");

	private final String label;

	RiskLevel(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

}
