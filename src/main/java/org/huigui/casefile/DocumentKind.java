package org.huigui.casefile;

import org.springframework.modulith.NamedInterface;

/** Documents the person signs: at reception, 一签定; on release from prison, the assistance agreement. */
@NamedInterface("api")
public enum DocumentKind {

	GUARANTEE_LETTER("保证书"), VOLUNTEER_AGREEMENT("志愿者帮教协议"), GUARDIAN_AGREEMENT("监护协议"),
	ASSISTANCE_AGREEMENT("帮教协议");

	private final String label;

	DocumentKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
