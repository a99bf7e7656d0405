package cn.jledu.studentstatus.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates calls to our own API ({@code /api/*}) against the engine's users: HTTP Basic, or the session
 * of a user already signed in to the Camunda webapps. Unauthenticated calls get 401 with a Chinese message.
 * A state-changing call authenticated by the session must carry the session's CSRF token ({@link SessionCsrf}).
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    ApiAuthenticationFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId;
        boolean bySession = false;
        List<String> groups;
        try {
            userId = basicUser(request);
            if (userId == null) {
                userId = sessionUser(request);
                bySession = userId != null;
            }
            groups = userId == null ? List.of() : identityService.createGroupQuery().groupMember(userId).list().stream()
                    .map(Group::getId).toList();
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isConnectionFailure(e)) {
                throw e;
            }
            // issue 13 §6: the database is away for a moment (restart); the request is answered like any other
            // request that could not reach it, before anything was done
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"status\":503,\"title\":\"服务暂时不可用\",\"detail\":\""
                    + DatabaseFailures.UNAVAILABLE + "\"}");
            return;
        }
        if (userId == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"student-status\", charset=\"UTF-8\"");
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"status\":401,\"title\":\"未登录\",\"detail\":\"请使用学籍系统账号登录后再访问。\"}");
            return;
        }
        if (bySession && !SessionCsrf.accept(request, response)) {
            return;
        }
        CurrentUser.set(new CurrentUser(userId, groups));
        try {
            chain.doFilter(request, response);
        } finally {
            CurrentUser.clear();
        }
    }

    private String basicUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String user = decoded.substring(0, colon);
        return identityService.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
    }

    private String sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null) {
            return null;
        }
        Authentication auth = authentications.getAuthenticationForProcessEngine("default");
        return auth == null ? null : auth.getIdentityId();
    }
}
