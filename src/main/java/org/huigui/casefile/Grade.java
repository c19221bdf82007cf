package org.huigui.casefile;

import org.springframework.modulith.NamedInterface;

/** 分类管理 grade: strict for the first two months, then by assessment. */
@NamedInterface("api")
public enum Grade {

	STRICT("严管"), ORDINARY("普管"), LENIENT("宽管");

	private final String label;

	Grade(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
