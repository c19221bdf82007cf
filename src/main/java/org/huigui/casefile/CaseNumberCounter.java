package org.huigui.casefile;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;

@Entity
class CaseNumberCounter {

	@Embeddable
	record Key(String prefix, Integer counterYear) implements Serializable {
	}

	@EmbeddedId
	private Key key;

	private int lastValue;

	protected CaseNumberCounter() {
	}

	int next() {
		return ++lastValue;
	}

}
