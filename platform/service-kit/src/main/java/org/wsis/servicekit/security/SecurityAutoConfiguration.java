package org.wsis.servicekit.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.wsis.servicekit.problem.ProblemWriter;

/**
 * Every service is an OAuth2 resource server: a bearer JWT from the identity provider, roles from
 * Keycloak's {@code realm_access.roles}. Health, metrics and API documents are open; so are the GET
 * paths a service lists in {@code wsis.security.public-get-paths} (published entries, for example) and
 * the paths it lists in {@code wsis.security.public-paths} for every method (an unsubscribe link that
 * must work from the mail, without logging in).
 * Everything else needs a valid token; 401 and 403 answer as problem details.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration"
        })
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityAutoConfiguration.PublicPaths.class)
public class SecurityAutoConfiguration {

    static {
        // The caller comes from the bearer token, not from the request: the API documents leave it out.
        org.springdoc.core.utils.SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @ConfigurationProperties("wsis.security")
    public record PublicPaths(List<String> publicGetPaths, List<String> publicPaths) {
        public PublicPaths {
            publicGetPaths = publicGetPaths == null ? List.of() : List.copyOf(publicGetPaths);
            publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        }
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain wsisResourceServer(HttpSecurity http, PublicPaths paths, ProblemWriter problems)
            throws Exception {
        List<String> open = new ArrayList<>(List.of(
                "/actuator/health/**",
                "/actuator/health",
                "/actuator/info",
                "/actuator/prometheus",
                "/v3/api-docs/**",
                "/v3/api-docs",
                "/error"));
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(open.toArray(String[]::new)).permitAll();
                    if (!paths.publicGetPaths().isEmpty()) {
                        auth.requestMatchers(
                                        HttpMethod.GET, paths.publicGetPaths().toArray(String[]::new))
                                .permitAll();
                    }
                    if (!paths.publicPaths().isEmpty()) {
                        auth.requestMatchers(paths.publicPaths().toArray(String[]::new))
                                .permitAll();
                    }
                    auth.anyRequest().authenticated();
                })
                .oauth2ResourceServer(rs -> rs.jwt(
                                jwt -> jwt.jwtAuthenticationConverter(SecurityAutoConfiguration::convert))
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problems.write(
                                    response,
                                    HttpStatus.UNAUTHORIZED,
                                    "unauthenticated",
                                    "A valid bearer token is required.");
                        })
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                response, HttpStatus.FORBIDDEN, "forbidden", "Your account may not do this.")))
                .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problems.write(
                                    response,
                                    HttpStatus.UNAUTHORIZED,
                                    "unauthenticated",
                                    "A valid bearer token is required.");
                        })
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                response, HttpStatus.FORBIDDEN, "forbidden", "Your account may not do this.")));
        return http.build();
    }

    static AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(
                jwt,
                Caller.authorities(jwt).stream()
                        .map(SimpleGrantedAuthority::new)
                        .toList(),
                jwt.getSubject());
    }

    /** Lets controllers declare a {@link Caller} parameter for the authenticated user. */
    @Bean
    WebMvcConfigurer callerArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new HandlerMethodArgumentResolver() {
                    @Override
                    public boolean supportsParameter(MethodParameter parameter) {
                        return parameter.getParameterType() == Caller.class;
                    }

                    @Override
                    public Object resolveArgument(
                            MethodParameter parameter,
                            ModelAndViewContainer container,
                            NativeWebRequest request,
                            WebDataBinderFactory binders) {
                        if (SecurityContextHolder.getContext().getAuthentication()
                                instanceof JwtAuthenticationToken token) {
                            return Caller.from(token.getToken());
                        }
                        throw new org.springframework.security.authentication
                                .AuthenticationCredentialsNotFoundException("No bearer token");
                    }
                });
            }
        };
    }
}
