package cn.jledu.studentstatus.student;

/** Small value sets of the student record, each with its Chinese label. */
public final class StudentEnums {

    private StudentEnums() {
    }

    /** 入学前学历 (R-REG-1). */
    public enum IntakeLevel {
        PRIMARY("小学毕业"), JUNIOR("初中毕业"), SENIOR("高中毕业");

        private final String label;

        IntakeLevel(String label) {
            this.label = label;
        }

        public String label() {
            return label;
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
