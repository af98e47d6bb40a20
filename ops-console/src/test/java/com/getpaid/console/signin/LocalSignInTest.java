package com.getpaid.console.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo sign-in: a token it signed is a session; an altered, expired or foreign one is nobody; off, it signs nothing. */
class LocalSignInTest {

    @TempDir
    Path dir;

    private Path key() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
        Path file = dir.resolve("private-" + System.nanoTime() + ".pem");
        Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END PRIVATE KEY-----\n");
        return file;
    }

    @Test
    void aSignedTokenIsTheSessionOfItsPersonWithTheirRoles() throws Exception {
        LocalSignIn signIn = new LocalSignIn(true, key(), Duration.ofHours(8), new ObjectMapper());
        String token = signIn.issue(DemoPeople.find("wang.fang").orElseThrow());
        LocalSignIn.Session session = signIn.verify(token).orElseThrow();
        assertEquals("wang.fang", session.subject());
        assertEquals(List.of("credit-manager"), session.roles());
    }

    @Test
    void anAlteredExpiredOrForeignTokenIsNobody() throws Exception {
        Path key = key();
        LocalSignIn signIn = new LocalSignIn(true, key, Duration.ofHours(8), new ObjectMapper());
        String token = signIn.issue(DemoPeople.find("li.na").orElseThrow());
        String[] parts = token.split("\\.");
        String admin = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]))
                .replace("\"collector\"", "\"admin\"").getBytes());
        assertTrue(signIn.verify(parts[0] + "." + admin + "." + parts[2]).isEmpty(), "roles changed by hand");
        LocalSignIn expired = new LocalSignIn(true, key, Duration.ofSeconds(-1), new ObjectMapper());
        assertTrue(signIn.verify(expired.issue(DemoPeople.find("li.na").orElseThrow())).isEmpty(), "expired");
        LocalSignIn other = new LocalSignIn(true, key(), Duration.ofHours(8), new ObjectMapper());
        assertTrue(signIn.verify(other.issue(DemoPeople.find("li.na").orElseThrow())).isEmpty(), "another key");
        assertTrue(signIn.verify("not a token").isEmpty());
    }

    @Test
    void offItVerifiesNothing() throws Exception {
        Path key = key();
        String token = new LocalSignIn(true, key, Duration.ofHours(8), new ObjectMapper()).issue(DemoPeople.ALL.get(0));
        assertTrue(new LocalSignIn(false, key, Duration.ofHours(8), new ObjectMapper()).verify(token).isEmpty());
    }

    @Test
    void onlyAPathOfTheConsoleIsABackAddress() {
        assertEquals("/credit?page=2", SignInResource.safe("/credit?page=2"));
        assertEquals(null, SignInResource.safe("//evil.example/"));
        assertEquals(null, SignInResource.safe("https://evil.example/"));
        assertEquals(null, SignInResource.safe("/sign-in"));
    }
}
