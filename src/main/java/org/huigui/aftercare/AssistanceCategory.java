package org.huigui.aftercare;

/** 帮教类别: key subjects are collected at the prison gate and visited monthly, general ones quarterly. */
public enum AssistanceCategory {

	/** 重点帮教对象 */
	KEY("重点"),
	/** 一般帮教对象 */
	GENERAL("一般");

	private final String label;

	AssistanceCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
