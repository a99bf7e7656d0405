package cn.jledu.studentstatus.student;

/** Small value sets of the student record, each with its Chinese label. */
public final class StudentEnums {

    private StudentEnums() {
    }

    /** 入学前学历 (R-REG-1). */
    public enum IntakeLevel {
        PRIMARY("小学毕业"), JUNIOR("初中毕业"), SENIOR("高中毕业"),
        /** 具有同等学力者 (Art. 4, 11): admitted and counted like a junior graduate, without a certificate. */
        JUNIOR_EQ("初中同等学力"),
        /** 普通高中毕业生或同等学力者 (Art. 11): counted like a senior graduate, without a certificate. */
        SENIOR_EQ("高中同等学力");

        private final String label;

        IntakeLevel(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The level whose rules apply (duration, flexible ranges): equivalent attainment counts as the graduation. */
        public IntakeLevel base() {
            return switch (this) {
                case JUNIOR_EQ -> JUNIOR;
                case SENIOR_EQ -> SENIOR;
                default -> this;
            };
        }

        public boolean equivalent() {
            return this == JUNIOR_EQ || this == SENIOR_EQ;
        }
    }

    /** 学习形式 (R-DUR-2). */
    public enum LearningForm {
        FULL_TIME("全日制学习"), FLEXIBLE("弹性学习");

        private final String label;

        LearningForm(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 学籍类别 (R-REG-8). */
    public enum EducationCategory {
        FULL_TIME("全日制学历教育"), PART_TIME("非全日制学历教育");

        private final String label;

        EducationCategory(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 注册季 (R-REG-6). */
    public enum Season {
        SPRING("春季"), AUTUMN("秋季");

        private final String label;

        Season(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 户口性质. */
    public enum HouseholdType {
        AGRICULTURAL("农业"), NON_AGRICULTURAL("非农业"), RESIDENT("居民"), OTHER("其他");

        private final String label;

        HouseholdType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 学生类别 (R-REG-14: foreign, stateless, HK/Macao/Taiwan students follow national procedures). */
    public enum StudentCategory {
        DOMESTIC("境内学生"), HK_MACAO_TAIWAN("港澳台学生"), FOREIGN("外国学生"), STATELESS("无国籍学生");

        private final String label;

        StudentCategory(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
