/** 学籍信息核对: head teachers verify their class roster, registrars correct what they report. */
package cn.jledu.studentstatus.rosterverification;
