/**
 * Assessment records (学业评价, rules section 4): moral evaluations (R-ASM-1), course results with make-up and deferred
 * exams and credits (R-ASM-2, R-ASM-4), internship and work-study appraisals (R-INT-1), each also written into the
 * student's archive (R-ASM-5); entry by JSON and by an XLSX/CSV import; the read endpoint of a student's whole
 * archive. A shared module: graduation reads it, and {@link cn.jledu.studentstatus.assessment.IssuedCertificates}
 * lets the academic proof read the certificates graduation issued. docs/graduation.md.
 */
package cn.jledu.studentstatus.assessment;
