package org.wsis.servicekit.problem;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Every service's OpenAPI document names the service and says how it refuses: a {@code Problem} schema
 * (RFC 9457, with the platform's {@code urn:wsis:problem:<code>} types and the per-field {@code errors})
 * and, on every operation, a {@code default} response in {@code application/problem+json} pointing at it.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class ProblemDocumentationAutoConfiguration {

    /** The schema's name under {@code components.schemas}. */
    public static final String SCHEMA = "Problem";

    static final String DESCRIPTION = "A refusal, as RFC 9457 problem details. `type` is `urn:wsis:problem:<code>`,"
            + " a stable code a client may act on: `validation` (400, each invalid field named in `errors`),"
            + " `malformed-request` and `unreadable-body` (400), `unauthenticated` (401), `forbidden` (403),"
            + " `not-found` (404), `stale-version` (409: the resource changed since the version sent in"
            + " `If-Match`), a rule's own code (409 unless said otherwise: `already-voted`, `wrong-phase`;"
            + " `own-item` is 403), `too-many-votes` and `too-many-flags` (429, with `Retry-After`) and"
            + " `unavailable` (503, with `Retry-After`). `detail` says in words what to do.";

    /** The document's title and version: the service's name, and the version of its build. */
    @Bean
    OpenApiCustomizer serviceInfo(org.springframework.core.env.Environment environment) {
        String name = environment.getProperty("spring.application.name", "service");
        String version = java.util.Objects.requireNonNullElse(
                ProblemDocumentationAutoConfiguration.class.getPackage().getImplementationVersion(), "development");
        return openApi -> openApi.info(new io.swagger.v3.oas.models.info.Info()
                .title("WSIS platform: " + name)
                .version(version)
                .description("The " + name + "'s part of the platform's public API, reached through the portal's"
                        + " origin under /api. Calls carry a bearer token of the wsis realm (audience wsis-api);"
                        + " refusals are problem details (see the Problem schema)."));
    }

    @Bean
    OpenApiCustomizer problemDocumentation() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.components(new Components());
            }
            Schema<?> fieldError = new ObjectSchema()
                    .addProperty("field", new StringSchema().description("the field, as the request names it"))
                    .addProperty("message", new StringSchema().description("what is wrong with it"));
            Schema<?> problem = new ObjectSchema()
                    .description(DESCRIPTION)
                    .addProperty("type", new StringSchema().example("urn:wsis:problem:validation"))
                    .addProperty("title", new StringSchema().example("Bad Request"))
                    .addProperty("status", new IntegerSchema().example(400))
                    .addProperty("detail", new StringSchema())
                    .addProperty("instance", new StringSchema())
                    .addProperty("errors", new ArraySchema().items(fieldError));
            openApi.getComponents().addSchemas(SCHEMA, problem);
            ApiResponse refusal = new ApiResponse()
                    .description("Refused: problem details (see the Problem schema for the codes)")
                    .content(new Content()
                            .addMediaType(
                                    "application/problem+json",
                                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths()
                    .values()
                    .forEach(path -> path.readOperations().forEach(operation -> {
                        if (operation.getResponses() != null
                                && !operation.getResponses().containsKey("default")) {
                            operation.getResponses().addApiResponse("default", refusal);
                        }
                    }));
        };
    }
}
