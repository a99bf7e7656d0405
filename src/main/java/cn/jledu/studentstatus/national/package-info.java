/**
 * The port to 全国中等职业学校学生管理信息系统 (R-MON-2). The default adapter writes what would be submitted
 * into an outbox table, from which an export file is produced; a real adapter can replace it.
 */
package cn.jledu.studentstatus.national;
