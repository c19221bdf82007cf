package org.huigui.handover;

/** 罪名类别, as the prison's notice gives it; one of the inputs of {@code assistance-category.dmn}. */
enum OffenceType {

	STATE_SECURITY("危害国家安全犯罪"), ORGANISED("涉黑涉恶犯罪"), VIOLENT("暴力犯罪"), DRUG("涉毒犯罪"), SEXUAL("性犯罪"),
	PROPERTY("侵财犯罪"), NEGLIGENT("过失犯罪"), OTHER("其他犯罪");

	private final String label;

	OffenceType(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

}
