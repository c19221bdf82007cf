package org.huigui.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A judicial office (司法所) of a county: its staff and head work the cases of their office. */
@Entity
public class Office {

	@Id
	private String code;

	private String name;

	private String countyCode;

	protected Office() {
	}

	Office(String code, String name, String countyCode) {
		this.code = code;
		this.name = name;
		this.countyCode = countyCode;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getCountyCode() {
		return countyCode;
	}

	void update(String name, String countyCode) {
		this.name = name;
		this.countyCode = countyCode;
	}

}
