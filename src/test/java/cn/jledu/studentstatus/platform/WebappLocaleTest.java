package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.TreeSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The webapps serve our complete Chinese translation and make it the default language. */
@IntegrationTest
class WebappLocaleTest {

    @Autowired
    TestRestTemplate rest;

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chineseTranslationIsCompleteAndDefault(String app) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String base = "/camunda/app/" + app;
        JsonNode en = json.readTree(strip(rest.getForObject(base + "/locales/en.json", String.class)));
        JsonNode zh = json.readTree(strip(rest.getForObject(base + "/locales/zh.json", String.class)));
        assertThat(keys(zh, "")).isEqualTo(keys(en, ""));
        assertThat(zh.at("/labels").toString()).matches(".*\\p{IsHan}.*");
        String config = rest.getForObject(base + "/scripts/config.js", String.class);
        assertThat(config).contains("fallbackLocale: 'zh'").contains("availableLocales: ['zh', 'en']");
    }

    static String strip(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static Set<String> keys(JsonNode node, String prefix) {
        Set<String> out = new TreeSet<>();
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                out.add(prefix + k);
                out.addAll(keys(node.get(k), prefix + k + "."));
            }
        }
        return out;
    }
}
