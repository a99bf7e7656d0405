package cn.jledu.studentstatus.document;

import cn.jledu.studentstatus.platform.FreeTextPolicy;
import cn.jledu.studentstatus.platform.InvalidInput;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Free text that ends up in a document is checked at the edge (issue 13 §4, docs/security.md): at most a maximum
 * number of characters, no control characters (line breaks and tabs allowed), no invisible format characters
 * (bidi overrides such as U+202E, zero-width characters, U+FEFF), and only characters the PDF fonts can show
 * (Noto Sans SC, plus the fallback font when configured — the same fonts {@link DocumentRenderer} embeds). A
 * refusal is an {@link InvalidInput} (400) naming the field and the character, so a document step never fails
 * later on text that was accepted.
 */
@Component
public class PrintableText implements FreeTextPolicy {

    private static final String NOTO = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    private final DocumentRenderer renderer;
    private volatile List<Font> fonts;

    PrintableText(DocumentRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Checks an optional free-text field; null stays null. Returns the text stripped of surrounding whitespace.
     *
     * @param field     the request's field name (named in the answer)
     * @param label     the field's Chinese label (named in the message)
     * @param maxLength the maximum number of characters (Unicode code points)
     */
    @Override
    public String check(String field, String label, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw new InvalidInput(field, "“" + label + "”（" + field + "）最多 " + maxLength + " 个字符，现为 " + length
                    + " 个。", maxLength);
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String refusal = refusal(cp);
            if (refusal != null) {
                throw new InvalidInput(field, "“" + label + "”（" + field + "）" + refusal + "，请删除或改写后重新提交。");
            }
        }
        return text;
    }

    private String refusal(int cp) {
        if (cp == '\n' || cp == '\r' || cp == '\t') {
            return null;
        }
        String code = String.format(Locale.ROOT, "U+%04X", cp);
        if (Character.isISOControl(cp)) {
            return "含有控制字符（" + code + "）";
        }
        if (Character.getType(cp) == Character.FORMAT) {
            return "含有不可见的格式字符（" + code + "，如文字方向控制符）";
        }
        if (Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.PRIVATE_USE
                || Character.getType(cp) == Character.UNASSIGNED) {
            return "含有无效字符（" + code + "）";
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return null;
        }
        for (Font font : fonts()) {
            if (font.canDisplay(cp)) {
                return null;
            }
        }
        return "含有文书字体无法显示的字符“" + new String(Character.toChars(cp)) + "”（" + code + "，例如表情符号）";
    }

    private List<Font> fonts() {
        List<Font> loaded = fonts;
        if (loaded == null) {
            synchronized (this) {
                if (fonts == null) {
                    List<Font> list = new ArrayList<>();
                    try (InputStream in = PrintableText.class.getClassLoader().getResourceAsStream(NOTO)) {
                        if (in == null) {
                            throw new IllegalStateException(NOTO + " not on the classpath");
                        }
                        list.add(Font.createFont(Font.TRUETYPE_FONT, in));
                        if (renderer.fallbackFont().isPresent()) {
                            try (InputStream fallback = Files.newInputStream(renderer.fallbackFont().get())) {
                                list.add(Font.createFont(Font.TRUETYPE_FONT, fallback));
                            }
                        }
                    } catch (IOException | FontFormatException e) {
                        throw new IllegalStateException("PDF fonts for the text check: " + e.getMessage(), e);
                    }
                    fonts = List.copyOf(list);
                }
                loaded = fonts;
            }
        }
        return loaded;
    }
}
