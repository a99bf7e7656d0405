/** Technical plumbing shared by every procedure: engine set-up, errors, request identity, clock. */
package cn.jledu.studentstatus.platform;
