/**
 * Chinese working days (工作日, rules.md section 6): the yearly holiday schedules as data, regional overlays per
 * bureau, "N working days after D" for BPMN timers and task due dates, and recalculation when the data change.
 */
package cn.jledu.studentstatus.calendar;
