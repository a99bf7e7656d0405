package cn.jledu.studentstatus.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers the Camunda webapps send, for our own pages and API (issue 13 §5, docs/security.md):
 * every answer outside {@code /camunda/} (the webapps set their own) gets {@code X-Content-Type-Options: nosniff};
 * our pages (everything but {@code /api}, {@code /engine-rest}, {@code /actuator}) also a Content-Security-Policy
 * (same origin only; inline scripts and styles are still allowed because the registration pages carry them),
 * {@code X-Frame-Options: DENY} and {@code Referrer-Policy: same-origin}.
 */
final class SecurityHeaders extends OncePerRequestFilter {

    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/camunda/")) {
            response.setHeader("X-Content-Type-Options", "nosniff");
            if (!path.startsWith("/api/") && !path.startsWith("/engine-rest/") && !path.startsWith("/actuator")) {
                response.setHeader("Content-Security-Policy", CSP);
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Referrer-Policy", "same-origin");
            }
        }
        chain.doFilter(request, response);
    }
}
