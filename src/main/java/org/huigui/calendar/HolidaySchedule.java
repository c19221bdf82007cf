package org.huigui.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * One year's official schedule (国务院办公厅 节假日安排): days off and weekend make-up working days (调休上班).
 */
record HolidaySchedule(int year, String source, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {
}
