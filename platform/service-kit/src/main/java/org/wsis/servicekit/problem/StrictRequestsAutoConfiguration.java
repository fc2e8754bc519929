package org.wsis.servicekit.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Requests say exactly what they mean, or are refused field by field (ADR 0012): no value is coerced
 * into another type (a number is not text, {@code 1.5} is not a whole number, a number is not a date, a
 * number is not one of a list of names), and no text carries characters a person cannot have meant
 * ({@link SafeText}), in bodies and in query parameters alike.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
public class StrictRequestsAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer wsisStrictRequestBodies() {
        return builder -> builder.enable(
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(tools.jackson.databind.cfg.EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(
                        LogicalType.Textual,
                        refuse(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean))
                .withCoercionConfig(
                        LogicalType.Integer,
                        refuse(CoercionInputShape.Float, CoercionInputShape.String, CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Float, refuse(CoercionInputShape.String, CoercionInputShape.Boolean))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        refuse(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.String))
                .withCoercionConfig(LogicalType.DateTime, refuse(CoercionInputShape.Integer, CoercionInputShape.Float))
                .withCoercionConfig(LogicalType.Enum, refuse(CoercionInputShape.Integer, CoercionInputShape.Float))
                .addModule(
                        new SimpleModule("wsis-safe-text").addDeserializer(String.class, new SafeTextDeserializer()));
    }

    private static java.util.function.Consumer<tools.jackson.databind.cfg.MutableCoercionConfig> refuse(
            CoercionInputShape... shapes) {
        return config -> {
            for (CoercionInputShape shape : shapes) {
                config.setCoercion(shape, CoercionAction.Fail);
            }
        };
    }

    /** A text value of a request body: a JSON string, of safe characters; nothing else becomes text. */
    static final class SafeTextDeserializer extends StdScalarDeserializer<String> {

        SafeTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, p);
            }
            String text = p.getString();
            String problem = SafeText.problem(text);
            if (problem != null) {
                throw new UnsafeTextException(p, problem);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** Text with characters that are not allowed; the problem names its field. */
    public static final class UnsafeTextException extends MismatchedInputException {
        UnsafeTextException(JsonParser p, String message) {
            super(p, message, String.class);
        }

        /** What is wrong with the text, without the parser's location. */
        public String problem() {
            return getOriginalMessage();
        }
    }

    /** Query parameters obey the same rule as bodies: a parameter of unsafe text is refused, by name. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> wsisSafeParameters(ProblemWriter problems) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Map<String, String[]> parameters;
                try {
                    parameters = request.getParameterMap();
                } catch (IllegalStateException undecodable) {
                    // Tomcat could not decode the query string (bytes that are not UTF-8, such as %C0%AF).
                    problems.write(
                            response,
                            HttpStatus.BAD_REQUEST,
                            "malformed-request",
                            "The query string is not valid UTF-8 once decoded.");
                    return;
                }
                for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
                    String problem = SafeText.problem(parameter.getKey());
                    for (String value : parameter.getValue()) {
                        if (problem == null) {
                            problem = SafeText.problem(value);
                        }
                    }
                    if (problem != null) {
                        ProblemDetail refusal = Problems.of(
                                HttpStatus.BAD_REQUEST,
                                "validation",
                                "Some fields are missing or invalid; see errors.");
                        refusal.setProperty(
                                "errors", List.of(Map.of("field", safeName(parameter.getKey()), "message", problem)));
                        problems.write(response, refusal);
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setName("wsisSafeParameters");
        return registration;
    }

    private static String safeName(String name) {
        return SafeText.problem(name) == null ? name : "(a parameter name)";
    }
}
