package com.getpaid.receivables;

import static io.restassured.RestAssured.given;

import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HeaderConfig;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Calls to the service as the tests make them: with a token holding every role (the role table is tested on its own). */
public final class TestApi {

    public static void actWithEveryRole() {
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + PlatformTestResource.token("test-user", Roles.ALL)).build();
    }

    /** A request with its own token: {@code user} holding {@code roles} (the "by" of what it does). */
    public static RequestSpecification as(String user, String... roles) {
        return given().config(RestAssured.config().headerConfig(HeaderConfig.headerConfig()
                .overwriteHeadersWithName("Authorization"))).header("Authorization", "Bearer "
                + PlatformTestResource.token(user, List.of(roles))).contentType(ContentType.JSON);
    }

    public static ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    private TestApi() {
    }
}
