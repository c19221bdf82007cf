package org.huigui.casefile;

import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public enum CaseType {

	/** 社区矫正 */
	COMMUNITY_CORRECTION("SQJZ"),
	/** 安置帮教 */
	RESETTLEMENT_ASSISTANCE("AZBJ");

	private final String numberPrefix;

	CaseType(String numberPrefix) {
		this.numberPrefix = numberPrefix;
	}

	String numberPrefix() {
		return numberPrefix;
	}

}
