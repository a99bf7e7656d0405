/** Bureaus, schools, majors and classes, and the engine users and groups derived from them. */
package cn.jledu.studentstatus.organisation;
