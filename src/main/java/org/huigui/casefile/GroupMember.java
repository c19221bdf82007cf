package org.huigui.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.springframework.modulith.NamedInterface;

/** A member of the correction group (矫正小组). */
@Entity
@NamedInterface("api")
public class GroupMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String caseNumber;

	private String role;

	private String name;

	private boolean female;

	protected GroupMember() {
	}

	GroupMember(String caseNumber, String role, String name, boolean female) {
		this.caseNumber = caseNumber;
		this.role = role;
		this.name = name;
		this.female = female;
	}

	public String getRole() {
		return role;
	}

	public String getName() {
		return name;
	}

	public boolean isFemale() {
		return female;
	}

}
