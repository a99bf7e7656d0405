/** The student record (学籍): identity data, status and the transitions that change it, with their history. */
package cn.jledu.studentstatus.student;
