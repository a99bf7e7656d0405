package cn.jledu.studentstatus.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small writer for a document's model XML (the input of its XSL-FO template): elements, attributes and
 * text, nothing else. Null values are written as empty elements.
 */
public final class DocumentXml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter writer;

    private DocumentXml(XMLStreamWriter writer) {
        this.writer = writer;
    }

    /** Writes one document with the given root element and returns its UTF-8 bytes. */
    public static byte[] write(String root, Consumer<DocumentXml> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            XMLStreamWriter writer = FACTORY.createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            DocumentXml xml = new DocumentXml(writer);
            xml.start(root);
            content.accept(xml);
            xml.end();
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("model XML", e);
        }
        return out.toByteArray();
    }

    public DocumentXml start(String name) {
        try {
            writer.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    public DocumentXml attribute(String name, Object value) {
        try {
            writer.writeAttribute(name, value == null ? "" : value.toString());
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    public DocumentXml end() {
        try {
            writer.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** {@code <name>value</name>}. */
    public DocumentXml element(String name, Object value) {
        start(name);
        if (value != null) {
            try {
                writer.writeCharacters(value.toString());
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        }
        return end();
    }

    /**
     * {@code <name>value</name>} with every run of characters outside the BMP (CJK Extension B and later: 𠮷) as a
     * child element {@code <ext>}. A template that applies templates to it and sets each {@code ext} in its own
     * {@code fo:inline} lets FOP choose the fallback font for the run: FOP picks one font per word, and a word such
     * as "，𠮷" would otherwise be set in the first font (which lacks 𠮷) and fail. {@code xsl:value-of} still reads
     * the whole text.
     */
    public DocumentXml markedText(String name, Object value) {
        start(name);
        if (value != null) {
            String text = value.toString();
            try {
                int i = 0;
                while (i < text.length()) {
                    int start = i;
                    boolean supplementary = Character.isSupplementaryCodePoint(text.codePointAt(i));
                    while (i < text.length() && Character.isSupplementaryCodePoint(text.codePointAt(i)) == supplementary) {
                        i += Character.charCount(text.codePointAt(i));
                    }
                    if (supplementary) {
                        writer.writeStartElement("ext");
                        writer.writeCharacters(text.substring(start, i));
                        writer.writeEndElement();
                    } else {
                        writer.writeCharacters(text.substring(start, i));
                    }
                }
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        }
        return end();
    }

    static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
