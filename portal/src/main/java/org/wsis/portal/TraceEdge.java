package org.wsis.portal;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The portal is the public origin, so every trace starts here: a caller's trace headers ({@code
 * traceparent}, {@code tracestate}, {@code baggage}, B3) are dropped before the request is observed, so
 * that nobody outside chooses a trace id, forces sampling or sends baggage on to the services. Every answer
 * names its trace in a {@code traceresponse} header ({@code 00-<trace id>-<span id>-<flags>}, W3C Trace
 * Context level 2), which a person can quote and an operator looks up (docs/operations.md).
 */
@Configuration
public class TraceEdge {

    /** Request headers that carry trace context, lower case. */
    static final Set<String> INCOMING = Set.of(
            "traceparent",
            "tracestate",
            "baggage",
            "b3",
            "x-b3-traceid",
            "x-b3-spanid",
            "x-b3-parentspanid",
            "x-b3-sampled",
            "x-b3-flags");

    public static final String TRACE_RESPONSE = "traceresponse";

    /** Runs before the request's observation starts (Boot registers that filter one step later). */
    @Bean
    FilterRegistrationBean<Filter> dropCallersTraceContext() {
        Filter filter = (request, response, chain) -> chain.doFilter(
                request instanceof HttpServletRequest http ? new WithoutTraceHeaders(http) : request, response);
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Runs inside the request's observation, where its span is current. */
    @Bean
    FilterRegistrationBean<Filter> nameTheTraceInTheAnswer(ObjectProvider<Tracer> tracers) {
        Tracer tracer = tracers.getIfAvailable();
        Filter filter = (request, response, chain) -> {
            Span span = tracer == null ? null : tracer.currentSpan();
            if (span != null && response instanceof HttpServletResponse http) {
                http.setHeader(
                        TRACE_RESPONSE,
                        "00-" + span.context().traceId() + "-" + span.context().spanId() + "-"
                                + (Boolean.TRUE.equals(span.context().sampled()) ? "01" : "00"));
            }
            chain.doFilter(request, response);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    private static final class WithoutTraceHeaders extends HttpServletRequestWrapper {

        WithoutTraceHeaders(HttpServletRequest request) {
            super(request);
        }

        private static boolean dropped(String name) {
            return INCOMING.contains(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String getHeader(String name) {
            return dropped(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return dropped(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.removeIf(WithoutTraceHeaders::dropped);
            return Collections.enumeration(names);
        }
    }
}
