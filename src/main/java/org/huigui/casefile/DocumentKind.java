package org.huigui.casefile;

/** The documents signed at reception, 一签定. */
public enum DocumentKind {

	GUARANTEE_LETTER("保证书"), VOLUNTEER_AGREEMENT("志愿者帮教协议"), GUARDIAN_AGREEMENT("监护协议");

	private final String label;

	DocumentKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
