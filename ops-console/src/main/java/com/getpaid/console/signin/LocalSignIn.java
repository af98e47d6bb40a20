package com.getpaid.console.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The embedded platform's sign-in, so it needs no identity server: a demo person chosen on the sign-in page gets a
 * token signed with the platform's own key (the one {@code ./token.sh} signs with and the services trust), kept in an
 * HttpOnly cookie and forwarded to the services as the bearer. Off unless {@code console.local-sign-in.enabled}: a real
 * deployment signs people in through OpenID Connect and this class signs nothing.
 */
@ApplicationScoped
public class LocalSignIn {

    /** The embedded platform's issuer and audience (the services' mp.jwt.verify.* defaults). */
    static final String ISSUER = "https://getpaid.local/issuer";
    static final String AUDIENCE = "getpaid";

    /** Someone signed in: who, with which roles, the token to forward, and until when it holds. */
    public record Session(String subject, List<String> roles, String token, Instant expiresAt) {
    }

    private final boolean enabled;
    private final Path keyFile;
    private final Duration validity;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();
    private volatile PrivateKey privateKey;
    private volatile PublicKey publicKey;

    public LocalSignIn(@ConfigProperty(name = "console.local-sign-in.enabled") boolean enabled,
            @ConfigProperty(name = "console.local-sign-in.key") Path keyFile,
            @ConfigProperty(name = "console.local-sign-in.validity") Duration validity, ObjectMapper json) {
        this.enabled = enabled;
        this.keyFile = keyFile;
        this.validity = validity;
        this.json = json;
    }

    public boolean enabled() {
        return enabled;
    }

    /** A token for one of the demo people, valid for {@code console.local-sign-in.validity}. */
    public String issue(DemoPeople.Person person) {
        requireEnabled();
        Instant now = clock.instant();
        Map<String, Object> claims = Map.of("iss", ISSUER, "aud", AUDIENCE, "sub", person.id(), "upn", person.id(),
                "name", person.name(), "groups", person.roles(), "iat", now.getEpochSecond(),
                "exp", now.plus(validity).getEpochSecond(), "jti", UUID.randomUUID().toString());
        try {
            String signed = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                    + base64(json.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys());
            rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + base64(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException("Could not sign a token with " + keyFile, e);
        }
    }

    /** The session a cookie holds, if its token is ours, unaltered and not expired. */
    public Optional<Session> verify(String token) {
        if (!enabled || token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            keys();
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(publicKey);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return Optional.empty();
            }
            JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
            Instant expiresAt = Instant.ofEpochSecond(claims.path("exp").asLong());
            if (!ISSUER.equals(claims.path("iss").asText()) || !expiresAt.isAfter(clock.instant())) {
                return Optional.empty();
            }
            List<String> roles = new ArrayList<>();
            claims.path("groups").forEach(g -> roles.add(g.asText()));
            return Optional.of(new Session(claims.path("sub").asText(), List.copyOf(roles), token, expiresAt));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private PrivateKey keys() throws Exception {
        if (privateKey == null) {
            String body = Files.readString(keyFile).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                    .decode(body)));
            publicKey = rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            privateKey = key;
        }
        return privateKey;
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new IllegalStateException("The local sign-in is off (console.local-sign-in.enabled)");
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

}
