package org.huigui.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

@Entity
public class SignedDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String caseNumber;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	private LocalDate signedOn;

	private String recordedBy;

	protected SignedDocument() {
	}

	SignedDocument(String caseNumber, DocumentKind kind, LocalDate signedOn, String recordedBy) {
		this.caseNumber = caseNumber;
		this.kind = kind;
		this.signedOn = signedOn;
		this.recordedBy = recordedBy;
	}

	public DocumentKind getKind() {
		return kind;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

}
