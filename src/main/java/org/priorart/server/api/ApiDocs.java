package org.priorart.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API's documentation: the OpenAPI 3.1 document, hand-written in YAML beside this class (so it
 * reads as documentation and is reviewed as such) and served as JSON, and a page that renders it
 * with Swagger UI from its WebJar: nothing is loaded from the internet.
 */
public final class ApiDocs {

    /** Swagger UI's version: the WebJar's folder under /webjars. */
    static final String SWAGGER_UI = "5.34.1";
    private static final String RESOURCE = "openapi.yaml";

    private final JsonNode document;
    private final String json;

    public ApiDocs() {
        try (InputStream in = ApiDocs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the jar");
            }
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
            json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document cannot be read: " + e.getMessage(), e);
        }
    }

    /** The document (tests check the routes and responses against it). */
    public JsonNode document() {
        return document;
    }

    /** GET /api/v1/openapi.json. */
    public void openapi(Context ctx) {
        ctx.contentType("application/json").result(json);
    }

    /** GET /api/v1/docs: the browsable API. */
    public void page(Context ctx) {
        String ui = "/webjars/swagger-ui/" + SWAGGER_UI;
        ctx.html("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>PriorArt API</title>
                <link rel="stylesheet" href="%1$s/swagger-ui.css"></head>
                <body><div id="ui"></div>
                <script src="%1$s/swagger-ui-bundle.js"></script>
                <script>
                window.ui = SwaggerUIBundle({url: "/api/v1/openapi.json", dom_id: "#ui", deepLinking: true,
                                             tryItOutEnabled: false, validatorUrl: null});
                </script></body></html>
                """.formatted(ui));
    }
}
