/** 处分、开除学籍与申诉 (Art. 35–39): the sanction process with appeals, and revocation after improvement. */
package cn.jledu.studentstatus.sanction;
