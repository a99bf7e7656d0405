package cn.jledu.studentstatus.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code studentstatus.documents.*}.
 *
 * @param fallbackFont a TrueType font file for characters Noto Sans SC lacks (CJK Extension B such as 𠮷);
 *                     empty: the first of {@link #DEFAULT_FALLBACK_FONTS} that exists
 */
@ConfigurationProperties("studentstatus.documents")
public record DocumentSettings(String fallbackFont) {

    /** Where Debian's fonts-hanazono puts HanaMinB (Extension B and later), then a copy beside the application. */
    public static final List<String> DEFAULT_FALLBACK_FONTS = List.of(
            "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf",
            "fonts/HanaMinB.ttf");

    public static DocumentSettings defaults() {
        return new DocumentSettings(null);
    }

    /** The fallback font file to use, if one is configured or found. */
    public Optional<Path> fallbackFontFile() {
        if (fallbackFont != null && !fallbackFont.isBlank()) {
            Path configured = Path.of(fallbackFont.trim());
            return Files.isRegularFile(configured) ? Optional.of(configured) : Optional.empty();
        }
        return DEFAULT_FALLBACK_FONTS.stream().map(Path::of).filter(Files::isRegularFile).findFirst();
    }
}
