package nl.geboortezorg.werkplaats.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import nl.geboortezorg.werkplaats.security.AppUserPrincipal;
import org.slf4j.MDC;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts a request id on every log line written while a request is served ({@code request} in the
 * log's context; the id a proxy sent in {@code X-Request-Id} when it looks like one, otherwise a
 * new one, and returned in the response), and the signed-in user's id ({@code user}) once the
 * security filters know it. Only the id: names and e-mail addresses stay out of the logs.
 */
@Configuration(proxyBeanMethods = false)
class RequestCorrelation {

    static final String HEADER = "X-Request-Id";
    static final String REQUEST = "request";
    static final String USER = "user";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestIdFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new RequestId());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> userIdFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new UserId());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    static final class RequestId extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String given = request.getHeader(HEADER);
            String id = given != null && ACCEPTED.matcher(given).matches() ? given : newId();
            response.setHeader(HEADER, id);
            MDC.put(REQUEST, id);
            try {
                chain.doFilter(request, response);
            } finally {
                MDC.remove(REQUEST);
            }
        }

        private static String newId() {
            byte[] bytes = new byte[8];
            ThreadLocalRandom.current().nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        }
    }

    static final class UserId extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            if (signedIn != null && signedIn.getPrincipal() instanceof AppUserPrincipal principal) {
                MDC.put(USER, String.valueOf(principal.getId()));
            }
            try {
                chain.doFilter(request, response);
            } finally {
                MDC.remove(USER);
            }
        }
    }
}
