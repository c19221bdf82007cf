package org.huigui.handover;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.huigui.casefile.Gender;
import org.huigui.casefile.NewPerson;
import org.huigui.casefile.ResidentIdNumber;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;

/** A prison's release notice (刑满释放人员通知书) as submitted, each field checked against its rule. */
record ReleaseNoticeApplication(String prisonerNumber, NewPerson person, LocalDate releaseDate, String prisonName,
		String offence, OffenceType offenceType, int sentenceMonths, PrisonAssessment prisonAssessment,
		String officeCode) {

	static ReleaseNoticeApplication from(VariableScope variables) {
		Fields fields = Fields.of(variables);
		String prisonerNumber = fields.text("prisonerNumber");
		String name = fields.text("personName");
		String idNumber = fields.text("idNumber", 18).toUpperCase();
		ResidentIdNumber.problem(idNumber).ifPresent(problem -> {
			throw new InputRejected("idNumber", problem);
		});
		Gender gender = fields.choice("gender", Gender.class);
		LocalDate releaseDate = fields.date("releaseDate");
		LocalDate today = Fields.today();
		if (releaseDate.isBefore(today.minusYears(1))) {
			throw new InputRejected("releaseDate", "释放日期早于一年以前（" + today.minusYears(1) + "），不作衔接登记");
		}
		if (releaseDate.isAfter(today.plusYears(1))) {
			throw new InputRejected("releaseDate", "释放日期晚于一年以后（" + today.plusYears(1) + "），请临近释放时再通知");
		}
		return new ReleaseNoticeApplication(prisonerNumber, new NewPerson(name, gender, idNumber), releaseDate,
				fields.text("prisonName"), fields.text("offence"), fields.choice("offenceType", OffenceType.class),
				fields.wholeNumber("sentence"), fields.choice("prisonAssessment", PrisonAssessment.class),
				fields.text("officeCode", 40));
	}

}
