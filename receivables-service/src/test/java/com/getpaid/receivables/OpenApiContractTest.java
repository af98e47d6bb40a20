package com.getpaid.receivables;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every write endpoint documents a typed body: required fields listed, every field typed, amounts as decimal strings,
 * dates as dates, closed sets with their values, and no text without a bound, format or pattern.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class OpenApiContractTest {

    /** Request fields that are closed sets. */
    static final Set<String> CLOSED_SETS = Set.of("method", "outcome");
    /** Request fields that are money: decimal strings. */
    static final Set<String> DECIMALS = Set.of("amount", "creditNoteAmount");
    /** Request fields that are days. */
    static final Set<String> DATES = Set.of("issueDate", "dueDate", "receivedOn", "paidOn", "promisedFor", "reviewBy");

    @Test
    void every_write_body_is_typed_and_says_what_it_requires() throws Exception {
        String json = given().auth().oauth2(PlatformTestResource.token("test-user", Roles.ALL))
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        JsonNode api = new ObjectMapper().readTree(json);
        List<String> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : iterable(api.path("paths"))) {
            if (!path.getKey().startsWith("/api/")) {
                continue; // the kit's admin endpoints are not this service's contract
            }
            for (String method : List.of("post", "put", "patch")) {
                JsonNode body = path.getValue().path(method).path("requestBody").path("content").path("application/json")
                        .path("schema");
                if (body.isMissingNode()) {
                    continue;
                }
                String operation = method.toUpperCase() + " " + path.getKey();
                JsonNode schema = resolve(api, body);
                expect(problems, schema.path("required").size() > 0, operation + ": the body lists no required field");
                object(api, operation, "", schema, problems);
                checked.add(operation);
            }
        }
        assertTrue(checked.size() >= 9, "invoices, payments, refunds, credit notes, write-offs, promises, disputes, their "
                + "resolutions, statement confirmations and worklist outcomes have bodies: " + checked);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void object(JsonNode api, String operation, String prefix, JsonNode schema, List<String> problems) {
        expect(problems, "object".equals(schema.path("type").asText()), operation + " " + prefix + ": not an object");
        expect(problems, !schema.path("properties").isEmpty(), operation + " " + prefix + ": no fields");
        for (Map.Entry<String, JsonNode> property : iterable(schema.path("properties"))) {
            field(api, operation, prefix + property.getKey(), property.getKey(), resolve(api, property.getValue()), problems);
        }
    }

    private static void field(JsonNode api, String operation, String path, String name, JsonNode field,
            List<String> problems) {
        String where = operation + " field " + path;
        String type = field.path("type").isArray() ? field.path("type").get(0).asText() : field.path("type").asText();
        expect(problems, !type.isEmpty(), where + " has no type");
        if (DECIMALS.contains(name)) {
            expect(problems, "string".equals(type), where + " is an amount: a decimal string");
            expect(problems, "decimal".equals(field.path("format").asText()), where + " is an amount: format decimal");
        }
        if (DATES.contains(name)) {
            expect(problems, "date".equals(field.path("format").asText()), where + " is a date: format date");
        }
        if (CLOSED_SETS.contains(name)) {
            expect(problems, field.path("enum").size() > 0, where + " is a closed set: it lists its values");
        }
        switch (type) {
            case "object" -> object(api, operation, path + ".", field, problems);
            case "array" -> {
                expect(problems, field.has("maxItems"), where + " is a list without a bound");
                field(api, operation, path + "[]", name, resolve(api, field.path("items")), problems);
            }
            case "string" -> expect(problems, field.has("maxLength") || field.has("enum") || field.has("format")
                    || field.has("pattern"), where + " is a text without a bound, format or pattern");
            default -> {
            }
        }
    }

    /** The schema itself, following {@code $ref} (and a lone {@code allOf} around one) into the components. */
    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        JsonNode at = schema;
        for (int hops = 0; hops < 10; hops++) {
            if (at.has("$ref")) {
                String ref = at.path("$ref").asText();
                at = api.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (at.has("allOf") && at.path("allOf").size() == 1 && !at.has("type")) {
                at = at.path("allOf").get(0);
            } else {
                return at;
            }
        }
        return at;
    }

    private static void expect(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node.properties();
    }
}
