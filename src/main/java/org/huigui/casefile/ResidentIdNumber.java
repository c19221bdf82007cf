package org.huigui.casefile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/** The 18-character resident identity number (居民身份证号码, GB 11643-1999) and its check character. */
@NamedInterface("api")
public final class ResidentIdNumber {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private ResidentIdNumber() {
	}

	/** Why the text is not a valid number, or empty when it is. */
	public static Optional<String> problem(String text) {
		if (text == null || text.isBlank()) {
			return Optional.of("必填，18位居民身份证号码");
		}
		if (!text.matches("\\d{17}[\\dX]")) {
			return Optional.of("须为18位居民身份证号码（17位数字加1位校验码，校验码X大写）");
		}
		try {
			LocalDate.of(Integer.parseInt(text.substring(6, 10)), Integer.parseInt(text.substring(10, 12)),
					Integer.parseInt(text.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			return Optional.of("第7至14位的出生日期不是有效日期");
		}
		if (text.charAt(17) != checkCharacter(text)) {
			return Optional.of("校验码错误（GB 11643-1999），应为 " + checkCharacter(text));
		}
		return Optional.empty();
	}

	/** 123456********1234: what lists show. */
	public static String masked(String number) {
		if (number == null || number.length() < 10) {
			return number;
		}
		return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
	}

	static char checkCharacter(String number) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

}
