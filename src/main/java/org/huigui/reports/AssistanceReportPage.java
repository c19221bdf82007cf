package org.huigui.reports;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** The report as a plain page an office head can open, print or copy into the yearly summary. */
final class AssistanceReportPage {

	private AssistanceReportPage() {
	}

	static String render(AssistanceReport r, List<String> officeNames) {
		String offices = HtmlUtils.htmlEscape(String.join("、", officeNames));
		return """
				<!DOCTYPE html>
				<html lang="zh-CN"><head><meta charset="utf-8"><title>安置帮教工作统计 %d年</title>
				<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse}
				td,th{border:1px solid #999;padding:.4em .8em;text-align:left}th{background:#eee}
				.ok{color:#2e7d32}.bad{color:#c62828;font-weight:bold}</style></head>
				<body><h1>安置帮教工作统计</h1>
				<p>%s，%d年（统计至 %s）</p>
				<table>
				<tr><th>项目</th><th>数值</th><th>说明</th></tr>
				<tr><td>在册安置帮教人员</td><td>%d</td><td>统计日在帮教中的人员</td></tr>
				<tr><td>其中重点帮教对象</td><td>%d</td><td></td></tr>
				<tr><td>应衔接刑满释放人员</td><td>%d</td><td>释放日期在本年度、已到释放日的通知</td></tr>
				<tr><td>衔接率</td><td>%s</td><td>已衔接 %d 人；逾期未接回或未报到 %d 人</td></tr>
				<tr><td>安置率</td><td>%s</td><td>已安置 %d 人（目标 ≥ 90%%）</td></tr>
				<tr><td>帮教率</td><td>%s</td><td>已签帮教协议且按期走访 %d 人（目标 100%%）</td></tr>
				<tr><td>重新犯罪</td><td class="%s">%d</td><td>本年度因重新犯罪终止帮教（目标 0）</td></tr>
				<tr><td>解除帮教</td><td>%d</td><td>本年度帮教期满解除</td></tr>
				</table>
				<p>数据来自案件库；JSON 格式：同一地址，Accept: application/json。</p>
				</body></html>
				""".formatted(r.year(), offices, r.year(), r.asOf(), r.subjectsOnRegister(), r.keySubjects(), r.noticesDue(),
				percent(r.handoverRate(), true), r.handedOver(), r.overdueHandovers(),
				percent(r.resettlementRate(), r.targets().resettlementMet()), r.resettled(),
				percent(r.assistanceRate(), r.targets().assistanceMet()), r.assisted(),
				r.targets().noReoffendingMet() ? "ok" : "bad", r.reoffended(), r.releasedFromAssistance());
	}

	private static String percent(BigDecimal rate, boolean met) {
		if (rate == null) {
			return "—";
		}
		return "<span class=\"%s\">%s%%</span>".formatted(met ? "ok" : "bad", rate.toPlainString());
	}

}
