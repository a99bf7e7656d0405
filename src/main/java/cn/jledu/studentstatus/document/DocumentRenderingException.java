package cn.jledu.studentstatus.document;

/** A document could not be rendered; the message is Chinese and says what to do. */
public class DocumentRenderingException extends RuntimeException {

    public DocumentRenderingException(String message) {
        super(message);
    }

    public DocumentRenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    static DocumentRenderingException missingGlyph(int codePoint) {
        return new DocumentRenderingException(String.format(
                "文书生成失败：字体中没有字符“%s”（U+%04X），请联系管理员配置能显示该字的字体。",
                new String(Character.toChars(codePoint)), codePoint));
    }
}
