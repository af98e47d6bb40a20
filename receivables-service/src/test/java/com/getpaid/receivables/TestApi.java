package com.getpaid.receivables;

import static io.restassured.RestAssured.given;

import com.getpaid.kit.security.Roles;
import com.getpaid.local.PlatformTestResource;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Calls to the service as the tests make them: with a token holding every role (the role table is tested on its own). */
public final class TestApi {

    public static void actWithEveryRole() {
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + PlatformTestResource.token("test-user", Roles.ALL)).build();
    }

    public static ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    private TestApi() {
    }
}
