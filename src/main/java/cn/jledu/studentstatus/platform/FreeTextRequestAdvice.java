package cn.jledu.studentstatus.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every text in every JSON request body of our API passes the {@link FreeTextPolicy} before the controller runs
 * (issue 13 §4): one check for all endpoints instead of a copy per endpoint. The body is walked as JSON (records,
 * nested objects, lists), each text value checked under the name of the field that holds it, with the field's
 * Chinese label from {@link #LABELS}; a refusal is 400 naming the field and the character or the limit, and nothing
 * runs. A field named {@code …Base64} is an attached file, not text. Identifiers, codes, dates and options are plain ASCII and always pass; the per-column limits stay with the
 * database (also 400, see {@code ApiErrors}).
 */
@ControllerAdvice(basePackages = "cn.jledu.studentstatus")
class FreeTextRequestAdvice extends RequestBodyAdviceAdapter {

    /** Chinese labels of the text fields of our request bodies (others are named "该项"). */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("facts", "事实"), Map.entry("reason", "理由"), Map.entry("reasons", "理由"),
            Map.entry("circumstances", "情况说明"), Map.entry("proof", "证明材料"), Map.entry("comment", "评语"),
            Map.entry("title", "名称"), Map.entry("awardingBody", "授予单位"), Map.entry("courseName", "课程名称"),
            Map.entry("employer", "单位"), Map.entry("post", "岗位"), Map.entry("voidNotice", "作废文书"),
            Map.entry("method", "方式"), Map.entry("rules", "规则"), Map.entry("result", "结果"),
            Map.entry("certificate", "证明"), Map.entry("hospital", "医院"), Map.entry("name", "名称或姓名"),
            Map.entry("ethnicity", "民族"), Map.entry("address", "地址"), Map.entry("remarks", "备注"),
            Map.entry("note", "备注"), Map.entry("idNumber", "证件号码"), Map.entry("schoolCode", "学校代码"),
            Map.entry("admissionNoticeNo", "录取通知书编号"), Map.entry("source", "来源"),
            Map.entry("approvalRef", "批准文号"), Map.entry("code", "代码"), Map.entry("majorCode", "专业代码"),
            Map.entry("statement", "情况说明"), Map.entry("guardianName", "监护人姓名"), Map.entry("programme", "项目"),
            Map.entry("proofFileName", "文件名"), Map.entry("applicationFormName", "文件名"),
            Map.entry("discrepancies", "差错说明"));

    private final ObjectMapper json;
    private final ObjectProvider<FreeTextPolicy> policy;

    FreeTextRequestAdvice(ObjectMapper json, ObjectProvider<FreeTextPolicy> policy) {
        this.json = json;
        this.policy = policy;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        FreeTextPolicy check = policy.getIfAvailable();
        if (check != null && body != null) {
            JsonNode tree;
            try {
                tree = json.valueToTree(body);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("request body of " + parameter.getExecutable() + " not walkable", e);
            }
            walk(tree, "text", check, 0);
        }
        return body;
    }

    private static void walk(JsonNode node, String field, FreeTextPolicy check, int depth) {
        if (depth > 20) {
            return;
        }
        if (node.isTextual() && field.endsWith("Base64")) {
            return; // an attached file's content (checked as a file by its procedure), not text
        }
        if (node.isTextual()) {
            check.check(field, LABELS.getOrDefault(field, "该项"), node.textValue(), FreeTextPolicy.DEFAULT_MAX_LENGTH);
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                walk(element, field, check, depth + 1);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), e.getKey(), check, depth + 1);
            }
        }
    }
}
