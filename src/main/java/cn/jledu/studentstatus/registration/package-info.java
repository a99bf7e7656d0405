/**
 * 入学注册 (rules.md section 1): registration of new students, one by one or in bulk, through the school's
 * sign-off and the bureau review chain; late reporting; cancellation; the filing list.
 */
package cn.jledu.studentstatus.registration;
