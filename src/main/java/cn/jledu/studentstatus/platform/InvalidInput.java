package cn.jledu.studentstatus.platform;

/**
 * Input refused at the edge (docs/security.md, issue 13 §4): answered with 400, a Chinese message and the name of
 * the field ({@code field}) and, for lengths, its limit ({@code maxLength}). The message never echoes the input.
 */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final Integer maxLength;

    public InvalidInput(String field, String message) {
        this(field, message, null);
    }

    public InvalidInput(String field, String message, Integer maxLength) {
        super(message);
        this.field = field;
        this.maxLength = maxLength;
    }

    public String field() {
        return field;
    }

    public Integer maxLength() {
        return maxLength;
    }
}
