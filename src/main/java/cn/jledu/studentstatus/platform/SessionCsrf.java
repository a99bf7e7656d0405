package cn.jledu.studentstatus.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CSRF protection for our API when a call is authenticated by the webapps' session cookie (docs/security.md):
 * a state-changing call (anything but GET, HEAD, OPTIONS) must carry the session's CSRF token in the header
 * {@code X-XSRF-TOKEN}, the same token and header the Camunda webapps use (Camunda's CSRF filter stores it in the
 * session when the user signs in). Every session-authenticated answer carries the token in that header, so our
 * pages read it from a GET ({@code /api/session}) and send it back. HTTP Basic calls are not affected: a browser
 * on another origin cannot add an Authorization header without the user typing the password.
 */
final class SessionCsrf {

    static final String HEADER = "X-XSRF-TOKEN";
    /** Camunda's session attribute ({@code CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME}). */
    static final String SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Logger log = LoggerFactory.getLogger(SessionCsrf.class);

    private SessionCsrf() {
    }

    /** Whether the session-authenticated request may proceed; if not, the 403 has been written. */
    static boolean accept(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        if (token != null) {
            response.setHeader(HEADER, token.toString());
        }
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase())) {
            return true;
        }
        String sent = request.getHeader(HEADER);
        if (token != null && sent != null && MessageDigest.isEqual(token.toString().getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        log.warn("CSRF check refused {} {} (session user, token {})", request.getMethod(), request.getRequestURI(),
                sent == null ? "missing" : "wrong");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setHeader(HEADER, "Required");
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"status\":403,\"title\":\"请求来源无法确认\",\"detail\":\"请求缺少有效的防跨站令牌"
                + "（X-XSRF-TOKEN），未作任何修改。请从本系统页面重新操作；若仍失败，请重新登录。\"}");
        return false;
    }
}
