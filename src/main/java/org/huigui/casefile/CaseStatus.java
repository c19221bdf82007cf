package org.huigui.casefile;

import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public enum CaseStatus {

	/** 接收中: documents checked, person reporting, file being built. */
	INTAKE("接收中"),
	/** 在矫: under supervision. */
	UNDER_SUPERVISION("在矫"),
	/** 帮教中: resettlement assistance after release from prison or the end of correction. */
	UNDER_ASSISTANCE("帮教中"),
	/** 已解除/终止 */
	CLOSED("已结案");

	private final String label;

	CaseStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isOpen() {
		return this != CLOSED;
	}

}
