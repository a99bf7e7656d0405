/** Start-up: the demo organisation and the identity derived from the organisation. */
package cn.jledu.studentstatus.bootstrap;
