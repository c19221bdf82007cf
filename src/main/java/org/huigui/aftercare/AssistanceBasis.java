package org.huigui.aftercare;

/** Why a person is in resettlement assistance, which sets how long it lasts. */
public enum AssistanceBasis {

	/** 刑满释放: five years from release from prison. */
	PRISON_RELEASE("刑满释放"),
	/** 解除社区矫正: five years from the end of community correction. */
	CORRECTION_ENDED("解除社区矫正");

	private final String label;

	AssistanceBasis(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
