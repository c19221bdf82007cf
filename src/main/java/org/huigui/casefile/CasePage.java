package org.huigui.casefile;

import static org.huigui.casefile.CaseSection.Page.row;
import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.huigui.identity.Office;
import org.huigui.identity.Offices;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The case file (卷宗) as a page to read in the browser: the person with the full ID number, the
 * sentence, signed documents, correction group and the timeline. Same access rule as
 * {@code /api/cases/{caseNumber}}; every value is HTML-escaped.
 */
@Controller
class CasePage {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final VisibleCases visibleCases;

	private final CaseFiles caseFiles;

	private final Timeline timeline;

	private final Offices offices;

	private final ObjectProvider<CaseSection> sections;

	CasePage(VisibleCases visibleCases, CaseFiles caseFiles, Timeline timeline, Offices offices,
			ObjectProvider<CaseSection> sections) {
		this.visibleCases = visibleCases;
		this.caseFiles = caseFiles;
		this.timeline = timeline;
		this.offices = offices;
		this.sections = sections;
	}

	@GetMapping(path = "/cases/{caseNumber}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> show(@PathVariable String caseNumber) {
		try {
			return ResponseEntity.ok(page("案件 " + caseNumber, body(visibleCases.get(caseNumber))));
		}
		catch (NotFoundException ex) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(page("未找到案件", "<h1>未找到案件 " + text(caseNumber) + "</h1><p>案件不存在，或不属于您的司法所。</p>"));
		}
	}

	private String body(CaseFile c) {
		Person p = c.getPerson();
		String office = offices.find(c.getOfficeCode()).map(Office::getName).orElse(c.getOfficeCode());
		boolean correction = c.getCaseType() == CaseType.COMMUNITY_CORRECTION;
		StringBuilder html = new StringBuilder();
		html.append("<h1>%s　%s</h1>\n<p class=\"status\">%s · %s%s</p>\n".formatted(text(c.getCaseNumber()), text(p.getName()),
				text(office), text(c.getStatus().label()),
				c.getClosedOn() == null ? "" : text("（" + c.getClosedOn() + " 结案：" + c.getClosedReason() + "）")));
		html.append(section(correction ? "矫正对象" : "安置帮教对象", fields("姓名", p.getName(), "性别", p.getGender().label(),
				"居民身份证号码", p.getIdNumber(), "联系电话", p.getPhone(), "居住地址", p.getAddress())));
		if (correction) {
			html.append(section("判决与矫正期", fields("矫正类别", label(c.getCorrectionType(), CorrectionType::label), "决定机关",
					c.getDecisionOrgan(), "判决生效日期", date(c.getJudgmentEffectiveOn()), "矫正期",
					date(c.getTermStart()) + " 至 " + date(c.getTermEnd()), "管理等级", label(c.getGrade(), Grade::label))));
		}
		sections.orderedStream().forEach(part -> part.page(c.getCaseNumber()).ifPresent(page -> html.append(section(
				page.heading(), fields(page.fields()) + table(page.columns(), page.rows())))));
		html.append(section("已签订文书", table(List.of("文书", "签订日期", "登记人"), caseFiles.documentsOf(c.getCaseNumber()).stream()
			.map(d -> row(d.getKind().label(), date(d.getSignedOn()), d.getRecordedBy())).toList())));
		if (correction) {
			html.append(section("矫正小组", table(List.of("职责", "姓名"), caseFiles.groupOf(c.getCaseNumber()).stream()
				.map(m -> row(m.getRole(), m.getName() + (m.isFemale() ? "（女）" : ""))).toList())));
		}
		html.append(section("办理记录", table(List.of("时间", "事项", "详情", "办理人"), timeline.of(c.getCaseNumber()).stream()
			.map(e -> row(time(e.getOccurredAt()), e.getSummary(), e.getDetail(), e.getUserId())).toList())));
		return html.toString();
	}

	private static String section(String heading, String content) {
		return "<h2>" + text(heading) + "</h2>\n" + content + "\n";
	}

	private static String fields(Map<String, String> labelled) {
		return "<dl>" + labelled.entrySet().stream()
			.map(f -> "<dt>" + text(f.getKey()) + "</dt><dd>" + text(f.getValue()) + "</dd>")
			.collect(Collectors.joining()) + "</dl>";
	}

	private static String fields(String... labelsAndValues) {
		Map<String, String> labelled = new LinkedHashMap<>();
		for (int i = 0; i < labelsAndValues.length; i += 2) {
			labelled.put(labelsAndValues[i], labelsAndValues[i + 1]);
		}
		return fields(labelled);
	}

	private static String table(List<String> headings, List<List<String>> rows) {
		if (rows.isEmpty()) {
			return "<p class=\"empty\">暂无</p>";
		}
		return "<table><thead><tr>" + cells("th", headings) + "</tr></thead><tbody>"
				+ rows.stream().map(row -> "<tr>" + cells("td", row) + "</tr>").collect(Collectors.joining())
				+ "</tbody></table>";
	}

	private static String cells(String tag, List<String> values) {
		return values.stream().map(v -> "<" + tag + ">" + text(v) + "</" + tag + ">").collect(Collectors.joining());
	}

	private static String page(String title, String body) {
		return """
				<!DOCTYPE html>
				<html lang="zh-CN">
				<head>
				<meta charset="utf-8">
				<title>%s</title>
				<style>
				body { font-family: sans-serif; margin: 2em auto; max-width: 60em; color: #222; line-height: 1.5; }
				h1 { font-size: 1.6em; } h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
				dl { display: grid; grid-template-columns: 10em 1fr; gap: .2em 1em; } dt { color: #666; } dd { margin: 0; }
				table { border-collapse: collapse; width: 100%%; } th, td { border: 1px solid #ddd; padding: .3em .6em;
				text-align: left; vertical-align: top; white-space: pre-line; } th { background: #f4f4f4; }
				.status, .empty { color: #666; }
				</style>
				</head>
				<body>
				%s
				</body>
				</html>
				""".formatted(text(title), body);
	}

	private static <E> String label(E value, Function<E, String> label) {
		return value == null ? null : label.apply(value);
	}

	private static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	private static String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant);
	}

	private static String text(String value) {
		return value == null ? "" : htmlEscape(value);
	}

}
