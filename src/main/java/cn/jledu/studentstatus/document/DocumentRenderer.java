package cn.jledu.studentstatus.document;

import cn.jledu.studentstatus.platform.AppClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.fop.fonts.FontEventProducer;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Renders a document: model XML → XSL-FO (a template under {@code fo/}) → PDF. One {@link FopFactory}, built
 * once from {@code fop/fop.xconf} with the fonts embedded from the classpath, and the compiled templates are
 * cached. A character that no configured font has fails the rendering (no PDF with empty boxes).
 */
@Component
public class DocumentRenderer {

    /** The font family the fallback font is registered under; templates list it after NotoSansSC. */
    public static final String FALLBACK_FAMILY = "CJKFallback";

    private static final Logger log = LoggerFactory.getLogger(DocumentRenderer.class);
    private static final String CONFIG = "fop/fop.xconf";
    private static final String GLYPH_MISSING = FontEventProducer.class.getName() + ".glyphNotAvailable";

    private final FopFactory fopFactory;
    private final Optional<Path> fallbackFont;
    private final TransformerFactory transformerFactory = TransformerFactory.newInstance();
    private final Map<String, Templates> templates = new ConcurrentHashMap<>();

    public DocumentRenderer(DocumentSettings settings) {
        this.fallbackFont = settings.fallbackFontFile();
        this.fopFactory = buildFopFactory(fallbackFont);
        if (fallbackFont.isPresent()) {
            log.info("Documents: fallback font {} for characters outside Noto Sans SC", fallbackFont.get());
        } else {
            log.warn("Documents: no fallback font (studentstatus.documents.fallback-font={}, defaults {}); names with "
                    + "CJK Extension B characters cannot be printed: apt-get install fonts-hanazono",
                    settings.fallbackFont(), DocumentSettings.DEFAULT_FALLBACK_FONTS);
        }
    }

    /** The fallback font file in use, if any. */
    public Optional<Path> fallbackFont() {
        return fallbackFont;
    }

    /**
     * Renders the template {@code fo/<template>.xsl} over the model XML into a PDF.
     *
     * @throws DocumentRenderingException with a Chinese message, e.g. when a character has no glyph
     */
    public byte[] pdf(String template, String title, byte[] modelXml) {
        FOUserAgent agent = fopFactory.newFOUserAgent();
        agent.setTitle(title);
        agent.setCreator("吉林省中职学籍管理流程系统");
        agent.setProducer("吉林省中职学籍管理流程系统");
        agent.setCreationDate(Date.from(AppClock.now()));
        AtomicReference<Character> missing = new AtomicReference<>();
        agent.getEventBroadcaster().addEventListener(event -> {
            if (GLYPH_MISSING.equals(event.getEventID())) {
                missing.compareAndSet(null, (Character) event.getParam("ch"));
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            Fop fop = fopFactory.newFop(MimeConstants.MIME_PDF, agent, out);
            Transformer transformer = compiled(template).newTransformer();
            transformer.transform(new StreamSource(new ByteArrayInputStream(modelXml)),
                    new SAXResult(fop.getDefaultHandler()));
        } catch (Exception e) {
            if (missing.get() != null) {
                throw missingGlyph(missing.get(), modelXml);
            }
            throw new DocumentRenderingException("文书生成失败：" + template + "（" + e.getMessage() + "）", e);
        }
        if (missing.get() != null) {
            throw missingGlyph(missing.get(), modelXml);
        }
        return out.toByteArray();
    }

    private Templates compiled(String template) {
        return templates.computeIfAbsent(template, name -> {
            String path = "fo/" + name + ".xsl";
            InputStream xsl = DocumentRenderer.class.getClassLoader().getResourceAsStream(path);
            if (xsl == null) {
                throw new DocumentRenderingException("文书模板不存在：" + path);
            }
            try (xsl) {
                return transformerFactory.newTemplates(new StreamSource(xsl, "classpath:" + path));
            } catch (TransformerException | IOException e) {
                throw new DocumentRenderingException("文书模板有误：" + path + "（" + e.getMessage() + "）", e);
            }
        });
    }

    /**
     * FOP reports the missing character as a {@code char}: characters outside the BMP (𠮷, emoji) arrive
     * truncated to 16 bits. Find the code point of the model that the report stands for.
     */
    static DocumentRenderingException missingGlyph(char reported, byte[] modelXml) {
        String text = DocumentXml.text(modelXml);
        if (text.indexOf(reported) >= 0 && !Character.isSurrogate(reported)) {
            return DocumentRenderingException.missingGlyph(reported);
        }
        int found = text.codePoints()
                .filter(Character::isSupplementaryCodePoint)
                .filter(cp -> (char) cp == reported || Character.highSurrogate(cp) == reported
                        || Character.lowSurrogate(cp) == reported)
                .findFirst().orElse(reported);
        return DocumentRenderingException.missingGlyph(found);
    }

    private static FopFactory buildFopFactory(Optional<Path> fallbackFont) {
        try (InputStream in = DocumentRenderer.class.getClassLoader().getResourceAsStream(CONFIG)) {
            if (in == null) {
                throw new IllegalStateException(CONFIG + " not on the classpath");
            }
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            Document config = dbf.newDocumentBuilder().parse(in);
            fallbackFont.ifPresent(path -> addFallbackFont(config, path));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Transformer copy = TransformerFactory.newInstance().newTransformer();
            copy.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            copy.transform(new DOMSource(config), new StreamResult(bytes));
            URI base = Path.of("").toAbsolutePath().toUri();
            FopConfParser parser = new FopConfParser(new ByteArrayInputStream(bytes.toByteArray()), base,
                    new ClasspathResourceResolver());
            return parser.getFopFactoryBuilder().build();
        } catch (Exception e) {
            throw new IllegalStateException("FOP configuration " + CONFIG + ": " + e.getMessage(), e);
        }
    }

    /** Adds {@code <font embed-url="file:..."><font-triplet name="CJKFallback" .../></font>} to the PDF fonts. */
    private static void addFallbackFont(Document config, Path path) {
        Node fonts = config.getElementsByTagName("fonts").item(0);
        Element font = config.createElement("font");
        font.setAttribute("embed-url", path.toAbsolutePath().toUri().toString());
        font.setAttribute("embedding-mode", "subset");
        for (String weight : new String[] {"normal", "bold"}) {
            Element triplet = config.createElement("font-triplet");
            triplet.setAttribute("name", FALLBACK_FAMILY);
            triplet.setAttribute("style", "normal");
            triplet.setAttribute("weight", weight);
            font.appendChild(triplet);
        }
        fonts.appendChild(font);
    }

    /** FOP knows no {@code classpath:} URIs: open them from the class loader, everything else as FOP would. */
    static final class ClasspathResourceResolver implements ResourceResolver {

        private final ResourceResolver fallback = ResourceResolverFactory.createDefaultResourceResolver();

        @Override
        public Resource getResource(URI uri) throws IOException {
            if ("classpath".equals(uri.getScheme())) {
                String path = uri.getSchemeSpecificPart();
                InputStream in = DocumentRenderer.class.getClassLoader()
                        .getResourceAsStream(path.startsWith("/") ? path.substring(1) : path);
                if (in == null) {
                    throw new IOException("not on the classpath: " + uri);
                }
                return new Resource(in);
            }
            return fallback.getResource(uri);
        }

        @Override
        public OutputStream getOutputStream(URI uri) throws IOException {
            return fallback.getOutputStream(uri);
        }
    }
}
