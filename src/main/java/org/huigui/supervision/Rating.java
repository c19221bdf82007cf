package org.huigui.supervision;

/** A month's rating (考核等次), as {@code supervision-points.dmn}'s rating table gives it. */
enum Rating {

	GOOD("良好"), PASS("合格"), FAIL("不合格");

	private final String label;

	Rating(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

}
