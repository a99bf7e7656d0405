/** The student-status (学籍) workflow system of Jilin's secondary vocational schools. */
package cn.jledu.studentstatus;
