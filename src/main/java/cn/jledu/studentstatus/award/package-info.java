/** 奖励 (Art. 34, R-AWD-1): rewards at national … school level, single or comprehensive, recorded in the archive. */
package cn.jledu.studentstatus.award;
