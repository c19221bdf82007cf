package org.huigui.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.springframework.modulith.NamedInterface;

@Entity
@NamedInterface("api")
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	private String idNumber;

	private String phone;

	private String address;

	protected Person() {
	}

	Person(String name, Gender gender, String idNumber) {
		this.name = name;
		this.gender = gender;
		this.idNumber = idNumber;
	}

	Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public Gender getGender() {
		return gender;
	}

	public String getIdNumber() {
		return idNumber;
	}

	public String getPhone() {
		return phone;
	}

	public String getAddress() {
		return address;
	}

	void renameTo(String name, Gender gender) {
		this.name = name;
		this.gender = gender;
	}

	void contactAt(String phone, String address) {
		this.phone = phone;
		this.address = address;
	}

}
