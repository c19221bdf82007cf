package org.huigui.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Chinese locale of each webapp translates every string of Camunda's English one, keeping its
 * placeholders, so that a Camunda upgrade adding strings fails here rather than showing keys.
 */
class WebappLocalesTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void chineseHasEveryEnglishString_withTheSamePlaceholders(String app) throws IOException {
		Map<String, String> english = labels(app, "en");
		Map<String, String> chinese = labels(app, "zh");
		assertThat(chinese.keySet()).as(app).containsExactlyInAnyOrderElementsOf(english.keySet());
		english.forEach((key, text) -> assertThat(placeholders(chinese.get(key))).as(app + " " + key)
			.isEqualTo(placeholders(text)));
	}

	private static Map<String, String> labels(String app, String locale) throws IOException {
		String path = "META-INF/resources/webjars/camunda/app/" + app + "/locales/" + locale + ".json";
		try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			JsonNode labels = new ObjectMapper().readTree(in.readAllBytes()).get("labels");
			Map<String, String> result = new TreeMap<>();
			for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> entry = it.next();
				result.put(entry.getKey(), entry.getValue().asText());
			}
			return result;
		}
	}

	private static Map<String, Integer> placeholders(String text) {
		Map<String, Integer> found = new TreeMap<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.merge(matcher.group(1), 1, Integer::sum);
		}
		return found;
	}

}
