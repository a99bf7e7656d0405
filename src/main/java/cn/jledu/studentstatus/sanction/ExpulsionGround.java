package cn.jledu.studentstatus.sanction;

/** R-SAN-3 (第三十六条): the six cases in which a school may expel a student, in the text's wording. */
public enum ExpulsionGround {
    OPPOSING_BASIC_LINE("反对党的基本路线，组织煽动闹事、扰乱社会秩序、破坏安定团结者"),
    CRIMINAL_OFFENCE("触犯国家法律，构成刑事犯罪者"),
    PROPERTY_DAMAGE_OR_THEFT("破坏公共财产，偷窃国家、集体和个人财物，造成严重损失和危害者"),
    SERIOUS_FIGHTING_OR_GAMBLING("打架斗殴、行凶、赌博、偷盗等情节严重者"),
    INCORRIGIBLE_MISCONDUCT("品行恶劣、道德败坏且屡教不改者"),
    GRAVE_BREACH_OF_SCHOOL_RULES("违反校纪校规，情节极为严重者");

    private final String label;

    ExpulsionGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
