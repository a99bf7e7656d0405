package cn.jledu.studentstatus.sanction;

/** R-SAN-1 (第三十五条): the five sanction levels, lightest first. */
public enum SanctionLevel {
    WARNING("警告"),
    SERIOUS_WARNING("严重警告"),
    DEMERIT("记过"),
    PROBATION("留校察看"),
    EXPULSION("开除学籍");

    private final String label;

    SanctionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** R-APL-4 (第三十九条): sanctions of demerit or above go into the personal archive. */
    public boolean goesIntoArchive() {
        return compareTo(DEMERIT) >= 0;
    }

    /** R-SAN-2 (第三十五条): warning … probation are revoked after improvement; expulsion never. */
    public boolean revocable() {
        return this != EXPULSION;
    }
}
