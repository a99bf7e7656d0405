package cn.jledu.studentstatus.platform;

/** A referenced record does not exist; answered with HTTP 404 and a Chinese message. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
