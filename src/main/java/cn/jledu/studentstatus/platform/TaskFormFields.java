package cn.jledu.studentstatus.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The variables a Camunda Form (form-js schema, as Tasklist 7.24 renders it) submits: one entry per top-level
 * variable name, with the value type the form fixes and whether the person filling it in can change it.
 *
 * <p>Keyed fields submit their {@code key}; a group or dynamic list with a {@code path} submits one object or
 * list under the first segment of that path; a dotted key submits an object under its first segment. Display
 * components (text, table, …) submit nothing. Read-only and disabled fields are sent back by Tasklist with the
 * value it loaded, so they are allowed only unchanged.
 */
public final class TaskFormFields {

    /** The value type a field fixes. */
    public enum Kind {
        /** textfield, textarea, select, radio, datetime: a String. */
        TEXT("文字"),
        /** number: a number. */
        NUMBER("数字"),
        /** checkbox: true or false. */
        BOOLEAN("勾选（是或否）"),
        /** checklist, taglist, groups with a path, dynamic lists, dotted keys: a list or an object. */
        ANY("任意");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One variable a form submits. */
    public record Field(String name, Kind kind, boolean readonly) {
    }

    /** A text field's label (its key when it has none) and maximum length (the form's, else the default). */
    public record Text(String label, int maxLength) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> DISPLAY_ONLY = Set.of("text", "html", "image", "table", "iframe", "separator",
            "spacer", "button", "documentPreview", "default");
    private static final Set<String> TEXT = Set.of("textfield", "textarea", "select", "radio", "datetime");

    private TaskFormFields() {
    }

    public static Map<String, Field> parse(InputStream json) {
        return parse(read(json));
    }

    public static JsonNode read(InputStream json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("表单定义不是有效的 JSON", e);
        }
    }

    /**
     * The form's text fields (textfield, textarea, select, radio, datetime with a plain key) with their labels and
     * maximum lengths ({@code validate.maxLength}, else {@link FreeTextPolicy#DEFAULT_MAX_LENGTH}): what a
     * completion's text must fit (issue 13 §4).
     */
    public static Map<String, Text> texts(JsonNode form) {
        Map<String, Text> texts = new LinkedHashMap<>();
        collectTexts(form.path("components"), texts);
        return Collections.unmodifiableMap(texts);
    }

    private static void collectTexts(JsonNode components, Map<String, Text> texts) {
        for (JsonNode c : components) {
            if (c.has("components")) {
                if (c.path("path").asText("").isBlank()) {
                    collectTexts(c.path("components"), texts);
                }
                continue;
            }
            String key = c.path("key").asText("").trim();
            if (key.isEmpty() || key.contains(".") || !TEXT.contains(c.path("type").asText(""))) {
                continue;
            }
            String label = c.path("label").asText("").strip();
            JsonNode max = c.path("validate").path("maxLength");
            int maxLength = max.canConvertToInt() && max.asInt() > 0
                    ? Math.min(max.asInt(), FreeTextPolicy.DEFAULT_MAX_LENGTH) : FreeTextPolicy.DEFAULT_MAX_LENGTH;
            texts.merge(key, new Text(label.isEmpty() ? key : label, maxLength),
                    (a, b) -> a.maxLength() <= b.maxLength() ? a : b);
        }
    }

    public static Map<String, Field> parse(JsonNode form) {
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(form.path("components"), false, fields);
        return Collections.unmodifiableMap(fields);
    }

    private static void collect(JsonNode components, boolean readonlyAbove, Map<String, Field> fields) {
        for (JsonNode c : components) {
            String type = c.path("type").asText("");
            boolean readonly = readonlyAbove || isSet(c.get("readonly")) || isSet(c.get("disabled"));
            String path = c.path("path").asText("").trim();
            if (c.has("components")) {
                if (path.isEmpty()) {
                    collect(c.path("components"), readonly, fields);
                } else {
                    add(fields, firstSegment(path), Kind.ANY, readonly || allReadonly(c.path("components")));
                }
                continue;
            }
            String key = c.path("key").asText("").trim();
            if (key.isEmpty() || DISPLAY_ONLY.contains(type)) {
                continue;
            }
            Kind kind = key.contains(".") ? Kind.ANY
                    : TEXT.contains(type) ? Kind.TEXT
                    : "number".equals(type) ? Kind.NUMBER
                    : "checkbox".equals(type) ? Kind.BOOLEAN
                    : Kind.ANY;
            add(fields, firstSegment(key), kind, readonly);
        }
    }

    /** {@code readonly: true}, or an expression ({@code "=…"}) that may make it read-only: treated as read-only. */
    private static boolean isSet(JsonNode flag) {
        return flag != null && (flag.isBoolean() ? flag.asBoolean() : flag.isTextual() && !flag.asText().isBlank());
    }

    private static boolean allReadonly(JsonNode components) {
        for (JsonNode c : components) {
            boolean readonly = isSet(c.get("readonly")) || isSet(c.get("disabled"));
            if (!readonly && (c.has("components") ? !allReadonly(c.path("components")) : c.hasNonNull("key"))) {
                return false;
            }
        }
        return true;
    }

    private static String firstSegment(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    /** A name declared twice: writable wins over read-only, and two different types make it {@link Kind#ANY}. */
    private static void add(Map<String, Field> fields, String name, Kind kind, boolean readonly) {
        fields.merge(name, new Field(name, kind, readonly), (a, b) ->
                new Field(name, a.kind() == b.kind() ? a.kind() : Kind.ANY, a.readonly() && b.readonly()));
    }
}
