package cn.jledu.studentstatus.platform;

/** The signed-in user may not act on this organisation's data (R-MON-4); answered with HTTP 403. */
public class Forbidden extends RuntimeException {

    private final boolean outOfReadScope;

    public Forbidden(String message) {
        this(message, false);
    }

    private Forbidden(String message, boolean outOfReadScope) {
        super(message);
        this.outOfReadScope = outOfReadScope;
    }

    /**
     * Another school's object that the user may not read: on an endpoint that addresses the object in its path,
     * answered exactly as an object that does not exist (404), so that its existence is not revealed (issue 13 §5).
     */
    public static Forbidden outOfReadScope(String message) {
        return new Forbidden(message, true);
    }

    public boolean outOfReadScope() {
        return outOfReadScope;
    }
}
