package org.huigui.supervision;

/** The recurring work of a supervised case, each with its own period from the grade's rhythm. */
enum WorkKind {

	/** 到所报到: the subject reports at the office in person. */
	REPORT("到所报到"),
	/** 书面汇报: the subject hands in a written report. */
	WRITTEN_REPORT("书面汇报"),
	/** 个别教育: staff talk with the subject. */
	TALK("个别教育"),
	/** 实地查访: staff visit the subject's home or workplace. */
	HOME_VISIT("实地查访");

	private final String label;

	WorkKind(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

	/** Whether the subject's own duty: missing it costs the subject points; talks and visits are the office's. */
	boolean subjectsDuty() {
		return this == REPORT || this == WRITTEN_REPORT;
	}

}
