package org.huigui.identity;

/** The Camunda group ids of an office and a county; candidate groups in the diagrams follow them. */
public final class Groups {

	public static final String ADMINISTRATORS = "camunda-admin";

	private static final String STAFF = "-staff";

	private static final String HEAD = "-head";

	private static final String BUREAU = "-bureau";

	private Groups() {
	}

	public static String staff(String officeCode) {
		return officeCode + STAFF;
	}

	public static String head(String officeCode) {
		return officeCode + HEAD;
	}

	public static String bureau(String countyCode) {
		return countyCode + BUREAU;
	}

	static String officeOf(String groupId) {
		if (groupId.endsWith(STAFF)) {
			return groupId.substring(0, groupId.length() - STAFF.length());
		}
		if (groupId.endsWith(HEAD)) {
			return groupId.substring(0, groupId.length() - HEAD.length());
		}
		return null;
	}

	static String countyOf(String groupId) {
		return groupId.endsWith(BUREAU) ? groupId.substring(0, groupId.length() - BUREAU.length()) : null;
	}

}
