package com.getpaid.notification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.getpaid.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the OpenAPI document promises for every write with a JSON body: the fields it needs are required, every field
 * is typed, amounts are decimal strings, dates are dates and closed sets list their values.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class OpenApiContractTest {

    /** Fields a request may leave out, by operation ("POST /path"); every other field must be required. */
    static final Map<String, Set<String>> OPTIONAL = Map.of(
            "POST /api/follow-ups/{id}/completion", Set.of("note", "by")); // by: ignored, the token says who

    /** Fields that take one of a closed set of values. */
    static final Set<String> CLOSED_SETS = Set.of("status", "kind", "stage", "language"); // outcome is free text (up to 100)

    @Test
    void everyWriteDeclaresTypedRequiredFields() throws Exception {
        io.restassured.RestAssured.requestSpecification = null;
        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract()
                .asString());
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue; // the kit's operations endpoints (/admin/...) are not this service's contract
            }
            for (String method : List.of("post", "put", "patch")) {
                JsonNode body = path.getValue().path(method).path("requestBody").path("content").path("application/json")
                        .path("schema");
                if (body.isMissingNode()) {
                    continue;
                }
                String operation = method.toUpperCase() + " " + path.getKey();
                checkObject(doc, operation, "", resolve(doc, body));
                checked.add(operation);
            }
        }
        assertEquals(List.of("POST /api/follow-ups/{id}/completion"), checked, "the writes with a JSON body under /api");
    }

    private void checkObject(JsonNode doc, String operation, String prefix, JsonNode schema) {
        JsonNode properties = schema.path("properties");
        assertFalse(properties.isEmpty(), operation + ": the body " + prefix + " lists its fields");
        Set<String> required = new java.util.HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> fields = properties.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = prefix + field.getKey();
            JsonNode type = resolve(doc, field.getValue());
            assertTrue(required.contains(field.getKey()) || OPTIONAL.getOrDefault(operation, Set.of()).contains(name),
                    operation + ": " + name + " is required (or listed as optional in this test)");
            assertNotNull(type.get("type"), operation + ": " + name + " has a type");
            String lower = field.getKey().toLowerCase();
            if (lower.contains("amount")) {
                assertEquals("string", type.path("type").asText(), operation + ": " + name + " is a string");
                assertEquals("decimal", type.path("format").asText(), operation + ": " + name + " has format decimal");
            }
            if (lower.endsWith("date")) {
                assertEquals("date", type.path("format").asText(), operation + ": " + name + " has format date");
            }
            if (CLOSED_SETS.contains(field.getKey())) {
                assertFalse(type.path("enum").isEmpty(), operation + ": " + name + " lists its allowed values");
            }
            if ("object".equals(type.path("type").asText())) {
                checkObject(doc, operation, name + ".", type);
            } else if ("array".equals(type.path("type").asText()) && "object".equals(resolve(doc, type.path("items"))
                    .path("type").asText())) {
                checkObject(doc, operation, name + "[].", resolve(doc, type.path("items")));
            }
        }
    }

    /** The schema itself: its {@code $ref} followed into the components, a lone {@code allOf} unwrapped. */
    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode s = schema;
        while (true) {
            if (s.has("$ref")) {
                String[] ref = s.get("$ref").asText().replaceFirst("^#/", "").split("/");
                JsonNode target = doc;
                for (String part : ref) {
                    target = target.path(part);
                }
                s = target;
            } else if (s.has("allOf") && s.get("allOf").size() == 1 && !s.has("type")) {
                s = s.get("allOf").get(0);
            } else {
                return s;
            }
        }
    }
}
