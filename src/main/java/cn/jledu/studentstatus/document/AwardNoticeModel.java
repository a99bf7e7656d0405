package cn.jledu.studentstatus.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The model of a reward notice to a student and guardian (学生奖励通知书, a 表彰决定; R-AWD-1, R-SAN-4). A procedure
 * maps its reward to this record; {@link AwardNoticeDocument} prints it.
 *
 * @param schoolCode     the student's school (the document belongs to it)
 * @param issuer         the school that records the reward, signs and seals; printed as the letterhead
 * @param subject        the kind of document, e.g. 学生奖励通知书
 * @param title          e.g. 关于给予王䶮同学“三好学生”奖励的决定
 * @param documentNumber 文号 (the case key)
 * @param recipient      the addressees as written, e.g. 王䶮及监护人王建国
 * @param studentName    the student's name
 * @param studentNumber  学籍号, or null
 * @param majorName      the student's major, or null when unknown
 * @param className      the student's class, or null when the student has none
 * @param level          the level as printed: 国家级, 省级, 市级, 县级 or 校级
 * @param kind           the kind as printed: 单项奖 or 综合奖
 * @param awardTitle     the reward, e.g. 全国职业院校技能大赛一等奖
 * @param awardingBody   who granted it, e.g. 教育部
 * @param awardedOn      the day it was granted
 * @param reason         the achievement (事迹), or null
 * @param paragraphs     the body, in order
 * @param legalBasis     the rules relied on, or null
 * @param date           the date of the notice
 */
public record AwardNoticeModel(String schoolCode, String issuer, String subject, String title, String documentNumber,
        String recipient, String studentName, String studentNumber, String majorName, String className, String level,
        String kind, String awardTitle, String awardingBody, LocalDate awardedOn, String reason,
        List<String> paragraphs, String legalBasis, LocalDate date) {

    public AwardNoticeModel {
        Objects.requireNonNull(schoolCode, "schoolCode");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(studentName, "studentName");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(awardTitle, "awardTitle");
        Objects.requireNonNull(awardingBody, "awardingBody");
        Objects.requireNonNull(awardedOn, "awardedOn");
        Objects.requireNonNull(date, "date");
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }
}
