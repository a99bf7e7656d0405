package cn.jledu.studentstatus.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Remembers the client address of the current HTTP request for the login throttle (the engine's password check
 * does not see the request). The address is the TCP peer: headers such as X-Forwarded-For are not trusted (a
 * reverse proxy in front must be configured with Tomcat's RemoteIpValve, see docs/operations.md).
 */
public final class ClientAddress extends OncePerRequestFilter {

    /** The address used outside a request (start-up, tests calling the identity service directly). */
    public static final String LOCAL = "local";
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** The client address of the current request, or {@link #LOCAL}. */
    public static String current() {
        String address = CURRENT.get();
        return address == null ? LOCAL : address;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String previous = CURRENT.get();
        CURRENT.set(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
