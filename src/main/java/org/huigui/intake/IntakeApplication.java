package org.huigui.intake;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.huigui.casefile.CorrectionSentence;
import org.huigui.casefile.CorrectionType;
import org.huigui.casefile.Gender;
import org.huigui.casefile.NewPerson;
import org.huigui.casefile.ResidentIdNumber;
import org.huigui.system.Fields;
import org.huigui.system.InputRejected;

/** The intake's start variables, each checked against its rule: the contract other systems use too. */
record IntakeApplication(NewPerson person, String officeCode, CorrectionSentence sentence) {

	static IntakeApplication from(VariableScope variables) {
		Fields fields = Fields.of(variables);
		String name = fields.text("personName");
		String idNumber = fields.text("idNumber", 18).toUpperCase();
		ResidentIdNumber.problem(idNumber).ifPresent(problem -> {
			throw new InputRejected("idNumber", problem);
		});
		Gender gender = fields.choice("gender", Gender.class);
		CorrectionType type = fields.choice("correctionType", CorrectionType.class);
		String officeCode = fields.text("officeCode", 40);
		String decisionOrgan = fields.text("decisionOrgan");
		var judgmentEffectiveOn = fields.dateNotAfterToday("judgmentEffectiveOn");
		var termStart = fields.date("termStart");
		var termEnd = fields.date("termEnd");
		if (!termEnd.isAfter(termStart)) {
			throw new InputRejected("termEnd", "矫正期满日须晚于起始日（" + termStart + "）");
		}
		if (termStart.isBefore(judgmentEffectiveOn.minusYears(1))) {
			throw new InputRejected("termStart", "矫正起始日不能早于判决生效日一年以上");
		}
		return new IntakeApplication(new NewPerson(name, gender, idNumber), officeCode,
				new CorrectionSentence(type, decisionOrgan, judgmentEffectiveOn, termStart, termEnd));
	}

}
