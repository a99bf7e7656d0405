/** 学历证明书 for a lost certificate (academic-proof.bpmn, R-GRD-7). docs/graduation.md. */
package cn.jledu.studentstatus.academicproof;
