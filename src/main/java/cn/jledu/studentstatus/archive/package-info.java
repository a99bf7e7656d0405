/** The student archive (学籍档案, R-REG-12) as typed entries, and the audit trail of who did what (R-MON-3). */
package cn.jledu.studentstatus.archive;
