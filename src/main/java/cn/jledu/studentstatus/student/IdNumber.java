package cn.jledu.studentstatus.student;

import cn.jledu.studentstatus.platform.RuleViolation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * An identity document number, validated. Resident ID numbers and residence permits follow GB 11643-1999:
 * 17 digits and a check character (ISO 7064 MOD 11-2), birth date in positions 7–14, odd 17th digit for men.
 * Refusals cite R-REG-2 (第五条: registration needs the ID document) and R-REG-4 (no false data).
 */
public record IdNumber(IdType type, String value) {

    static final String RULE = "R-REG-2";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final Pattern GB11643 = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern OTHER = Pattern.compile("[A-Za-z0-9()（）-]{5,30}");

    /** Validates and normalises (upper-case X, no spaces). Birth date and gender may be null (not cross-checked). */
    public static IdNumber of(IdType type, String raw, LocalDate today) {
        if (type == null) {
            throw new RuleViolation(RULE, "（第五条）请选择证件类型。");
        }
        String value = raw == null ? "" : raw.strip().replace(" ", "");
        if (value.isEmpty()) {
            throw new RuleViolation(RULE, "（第五条）证件号码不能为空。");
        }
        if (!type.gb11643()) {
            if (!OTHER.matcher(value).matches()) {
                throw new RuleViolation(RULE, "（第五条）" + type.label() + "号码格式不正确：" + value);
            }
            return new IdNumber(type, value);
        }
        value = value.toUpperCase();
        if (!GB11643.matcher(value).matches()) {
            throw new RuleViolation(RULE, "（第五条）" + type.label() + "号码应为18位（17位数字加1位校验码）：" + value);
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw new RuleViolation(RULE, "（第五条）" + type.label() + "号码校验位错误：" + value
                    + "（按GB 11643校验位应为" + expected + "）");
        }
        if (type == IdType.HKMO_RESIDENCE_PERMIT && !(value.startsWith("81") || value.startsWith("82"))) {
            throw new RuleViolation(RULE, "（第五条）港澳居民居住证号码应以810000或820000开头：" + value);
        }
        if (type == IdType.TW_RESIDENCE_PERMIT && !value.startsWith("83")) {
            throw new RuleViolation(RULE, "（第五条）台湾居民居住证号码应以830000开头：" + value);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new RuleViolation(RULE, "（第五条）证件号码中的出生日期不存在：" + value.substring(6, 14));
        }
        if (birth.isAfter(today) || birth.getYear() < 1850) {
            throw new RuleViolation(RULE, "（第五条）证件号码中的出生日期不可能：" + birth);
        }
        return new IdNumber(type, value);
    }

    /** Also checks that the number agrees with the recorded birth date and gender (R-REG-4: no false data). */
    public static IdNumber of(IdType type, String raw, LocalDate birthDate, Gender gender, LocalDate today) {
        IdNumber id = of(type, raw, today);
        if (type.gb11643()) {
            if (birthDate != null && !birthDate.equals(id.birthDate())) {
                throw new RuleViolation("R-REG-4", "（第五条）出生日期" + birthDate + "与证件号码中的出生日期"
                        + id.birthDate() + "不一致。");
            }
            if (gender != null && gender != id.gender()) {
                throw new RuleViolation("R-REG-4", "（第五条）性别“" + gender.label() + "”与证件号码（第17位表示"
                        + id.gender().label() + "）不一致。");
            }
        }
        return id;
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        if (!type.gb11643()) {
            return null;
        }
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    public Gender gender() {
        if (!type.gb11643()) {
            return null;
        }
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** The key that the database keeps unique among active students (R-REG-4). */
    public String personKey() {
        return type.gb11643() ? "CN:" + value : type.name() + ":" + value;
    }

    /** Masked for lists: first 6 and last 4 characters. */
    public String masked() {
        if (value.length() <= 10) {
            return value.charAt(0) + "****";
        }
        return value.substring(0, 6) + "*".repeat(value.length() - 10) + value.substring(value.length() - 4);
    }
}
