package org.huigui.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A county justice bureau (县司法局): its community-corrections office approves and watches its offices. */
@Entity
class County {

	@Id
	private String code;

	private String name;

	protected County() {
	}

	County(String code, String name) {
		this.code = code;
		this.name = name;
	}

	void rename(String name) {
		this.name = name;
	}

}
