package org.huigui.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.huigui.browser.BrowserScenarios;
import org.huigui.browser.Form;
import org.huigui.browser.Tasklist;
import org.huigui.system.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The prison handover (刑满释放人员衔接) in Tasklist: staff register the release notice with its start form,
 * verify the person, see the table's recommended category, and the key subject's collection is then waiting
 * for the release day.
 */
class HandoverBrowserTest extends BrowserScenarios {

	@Autowired
	ReleaseNoticeRepository notices;

	@Test
	void staffRegisterANotice_verify_classify_andTheCollectionIsWaiting() {
		LocalDate release = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20);
		String idNumber = TestUsers.uniqueIdNumber();

		Tasklist staff = tasklistAs("sangzhou-staff");
		Form notice = staff.startProcess("刑满释放人员衔接");
		notice.type("罪犯编号", "ZJ20261122").type("姓名", "钱多多").type("居民身份证号码", idNumber).choose("性别", "男")
			.date("释放日期", release).type("释放监所", "浙江省乔司监狱").type("罪名", "抢劫罪").choose("罪名类别", "暴力犯罪")
			.type("原判刑期（月）", "60").choose("狱内改造表现", "改造表现好").choose("居住地司法所", "桑洲镇司法所（宁海县）");
		staff.start("release-notice");

		staff.filter("本所待办");
		Form verification = staff.open("核查帮教对象信息", "钱多多");
		verification.tick("已经村（居）委会核查").tick("已经公安派出所核查")
			.date("核查日期", LocalDate.now(ZoneId.of("Asia/Shanghai"))).type("释放后居住地址", "桑洲镇岭口村8号")
			.type("家庭状况（成员、未成年子女、生活困难等）", "父母年迈，无配偶").pick("家庭愿意接纳并有帮扶能力")
			.pick("无生活来源（需发放首月救助金）");
		staff.complete("verified");

		staff.filter("本所待办");
		Form classification = staff.open("确定帮教类别并提出帮教建议", "钱多多");
		assertThat(classification.value("建议理由")).isEqualTo("暴力、涉毒或性犯罪");
		classification.pick("重点帮教对象").type("帮教建议（反馈监所）", "建议释放当日必接必送，安排技能培训");
		staff.complete("classified");

		staff.filter("本所待办");
		staff.open("必接必送：到监所接回", "钱多多");
		assertThat(staff.dueDate()).contains(String.valueOf(release.getDayOfMonth()));
		staff.screenshot("collection-waiting");
		assertThat(notices.findAll()).filteredOn(n -> n.getPersonName().equals("钱多多")).singleElement()
			.satisfies(n -> assertThat(n.getStatus()).isEqualTo(HandoverStatus.AWAITING_RETURN));
	}

}
