package cn.jledu.studentstatus.registration;

/** Why one applicant (or one cell of an upload) cannot be registered: the rule, the column and a Chinese reason. */
public record Problem(Integer rowNumber, String column, String ruleId, String message) {

    public String describe() {
        String where = rowNumber == null ? "" : "第" + rowNumber + "行";
        if (column != null) {
            where += "“" + column + "”";
        }
        return (where.isEmpty() ? "" : where + "：") + (ruleId == null ? "" : ruleId + "：") + message;
    }
}
