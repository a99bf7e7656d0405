package cn.jledu.studentstatus.student;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON of {@code status_change.approvals}: an array of {"level", "authority", "decision", "by", "on"}, level
 * one of SCHOOL, COUNTY, CITY, PROVINCE, on an ISO date; "by" and "on" are left out where unknown.
 */
final class ApprovalsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApprovalsJson() {
    }

    static String write(List<Approval> approvals) {
        ArrayNode array = JSON.createArrayNode();
        for (Approval a : approvals) {
            ObjectNode o = array.addObject();
            o.put("level", a.level().name());
            o.put("authority", a.authority());
            o.put("decision", a.decision());
            if (a.by() != null) {
                o.put("by", a.by());
            }
            if (a.on() != null) {
                o.put("on", a.on().toString());
            }
        }
        return array.toString();
    }

    static List<Approval> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            List<Approval> approvals = new ArrayList<>();
            for (JsonNode o : JSON.readTree(json)) {
                approvals.add(new Approval(Approval.Level.valueOf(o.get("level").asText()), text(o, "authority"),
                        text(o, "decision"), text(o, "by"),
                        o.hasNonNull("on") ? LocalDate.parse(o.get("on").asText()) : null));
            }
            return List.copyOf(approvals);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("status_change.approvals is not valid JSON: " + json, e);
        }
    }

    private static String text(JsonNode o, String field) {
        return o.hasNonNull(field) ? o.get(field).asText() : null;
    }
}
