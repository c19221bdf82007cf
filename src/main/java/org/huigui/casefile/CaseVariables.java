package org.huigui.casefile;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.huigui.identity.Offices;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The facts of the record that a case's running instances carry as variables, for Tasklist's columns and
 * the consistency check: {@value #OFFICE}, {@value #COUNTY} and {@value #PERSON}. Only this class sets them
 * from the store, and it moves them with the case; routing reads the store itself ({@link CaseRecord}).
 */
@Component
@NamedInterface("api")
public class CaseVariables {

	public static final String OFFICE = "officeCode";

	public static final String COUNTY = "countyCode";

	public static final String PERSON = "personName";

	private final Offices offices;

	private final RuntimeService runtimeService;

	CaseVariables(Offices offices, RuntimeService runtimeService) {
		this.offices = offices;
		this.runtimeService = runtimeService;
	}

	/** The variables an instance of the case starts with. */
	public Map<String, Object> of(CaseFile caseFile) {
		return Map.of(OFFICE, caseFile.getOfficeCode(), COUNTY, offices.countyOf(caseFile.getOfficeCode()), PERSON,
				caseFile.getPerson().getName());
	}

	/** Copies the case's facts onto a running instance. */
	public void copyTo(VariableScope instance, CaseFile caseFile) {
		instance.setVariables(of(caseFile));
	}

	/** Work about a case not yet in the store (a release notice) carries the office it was sent to. */
	public void copyOfficeTo(VariableScope instance, String officeCode) {
		instance.setVariable(OFFICE, officeCode);
		instance.setVariable(COUNTY, offices.countyOf(officeCode));
	}

	/** The case moved to {@code officeCode}: its running instance follows, county too where it keeps one. */
	public void followOffice(String processInstanceId, String officeCode) {
		runtimeService.setVariable(processInstanceId, OFFICE, officeCode);
		if (runtimeService.getVariable(processInstanceId, COUNTY) != null) {
			runtimeService.setVariable(processInstanceId, COUNTY, offices.countyOf(officeCode));
		}
	}

}
