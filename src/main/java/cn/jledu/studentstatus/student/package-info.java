/** The student record (学籍): identity data, status and the transitions that change it, their history, and the one running procedure per student. */
package cn.jledu.studentstatus.student;
