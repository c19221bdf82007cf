package org.huigui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	private static String withCheckCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return first17 + CHECK_CHARACTERS.charAt(sum % 11);
	}

	@ParameterizedTest
	@ValueSource(strings = { "44030419900307461", "32010219850615123", "11010120000229001" })
	void aNumberWithItsCheckCharacterIsValid(String first17) {
		assertThat(ResidentIdNumber.problem(withCheckCharacter(first17))).isEmpty();
	}

	@Test
	void aNumberWhoseCheckCharacterIsXIsValid() {
		String number = withCheckCharacter("11010519491231002");

		assertThat(number).isEqualTo("11010519491231002X");
		assertThat(ResidentIdNumber.problem(number)).isEmpty();
	}

	@Test
	void aWrongCheckCharacterIsRefusedNamingTheRightOne() {
		assertThat(withCheckCharacter("44030419900307461")).endsWith("7");

		assertThat(ResidentIdNumber.problem("440304199003074618")).hasValueSatisfying(
				problem -> assertThat(problem).contains("校验码错误").contains("应为 7"));
		assertThat(ResidentIdNumber.problem("110105194912310021")).hasValueSatisfying(
				problem -> assertThat(problem).contains("应为 X"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "44030419900307461", "4403041990030746177", "440304", "11010519491231002XX" })
	void aNumberOfTheWrongLengthIsRefused(String number) {
		assertThat(ResidentIdNumber.problem(number)).hasValueSatisfying(problem -> assertThat(problem).contains("18位"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "4403041990030A4617", "X40304199003074617", "44030419900307461Y", "4403041990 3074617" })
	void lettersOtherThanAFinalXAreRefused(String number) {
		assertThat(ResidentIdNumber.problem(number)).hasValueSatisfying(problem -> assertThat(problem).contains("18位"));
	}

	@Test
	void aLowercaseXIsRefused() {
		assertThat(ResidentIdNumber.problem("11010519491231002x"))
			.hasValueSatisfying(problem -> assertThat(problem).contains("X大写"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "11010519491331002", "11010519490229002", "11010519490132002", "11010519490001002" })
	void anImpossibleBirthDateIsRefused(String first17) {
		assertThat(ResidentIdNumber.problem(withCheckCharacter(first17)))
			.hasValueSatisfying(problem -> assertThat(problem).contains("出生日期"));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\t" })
	void aMissingNumberIsRefusedAsRequired(String number) {
		assertThat(ResidentIdNumber.problem(number)).hasValueSatisfying(problem -> assertThat(problem).contains("必填"));
	}

	@Test
	void aMaskedNumberKeepsTheFirstSixAndLastFourCharacters() {
		assertThat(ResidentIdNumber.masked("11010519491231002X")).isEqualTo("110105********002X");
		assertThat(ResidentIdNumber.masked("440304199003074617")).isEqualTo("440304********4617");
	}

}
