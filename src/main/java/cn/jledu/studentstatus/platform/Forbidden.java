package cn.jledu.studentstatus.platform;

/** The signed-in user may not act on this organisation's data (R-MON-4); answered with HTTP 403. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
