package org.huigui.casefile;

import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public enum CorrectionType {

	CONTROL("管制"), PROBATION("缓刑"), PAROLE("假释"), TEMPORARY_OUTSIDE("暂予监外执行");

	private final String label;

	CorrectionType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
