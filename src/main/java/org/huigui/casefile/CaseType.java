package org.huigui.casefile;

import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public enum CaseType {

	/** 社区矫正 */
	COMMUNITY_CORRECTION("SQJZ", "社区矫正"),
	/** 安置帮教 */
	RESETTLEMENT_ASSISTANCE("AZBJ", "安置帮教");

	private final String numberPrefix;

	private final String label;

	CaseType(String numberPrefix, String label) {
		this.numberPrefix = numberPrefix;
		this.label = label;
	}

	public String label() {
		return label;
	}

	String numberPrefix() {
		return numberPrefix;
	}

}
