package com.getpaid.local;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The embedded platform's token issuer, so it needs no identity server: an RSA key pair made on
 * first use under {@code <data>/jwt}, whose public half the services trust, and RS256 bearer tokens
 * signed with the private half. Plain JDK on purpose: {@code ./token.sh} runs this file as a
 * source program, without a build.
 */
public final class Tokens {

    public static final String ISSUER = "https://getpaid.local/issuer";
    public static final String AUDIENCE = "getpaid";
    public static final Duration VALIDITY = Duration.ofHours(12);

    private final Path dir;
    private final PrivateKey key;

    private Tokens(Path dir, PrivateKey key) {
        this.dir = dir;
        this.key = key;
    }

    /** The issuer whose keys are in {@code dataDir/jwt}, made there first if missing. */
    public static Tokens in(Path dataDir) {
        Path dir = dataDir.resolve("jwt");
        try {
            Path privatePem = dir.resolve("private.pem");
            if (!Files.exists(privatePem)) {
                Files.createDirectories(dir);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(dir.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Path partial = dir.resolve("private.pem.tmp");
                Files.writeString(partial, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.move(partial, privatePem, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            String body = Files.readString(privatePem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                    .decode(body)));
            return new Tokens(dir, key);
        } catch (Exception e) {
            throw new IllegalStateException("Could not make or read the signing key in " + dir, e);
        }
    }

    /** Where the services find the key to verify tokens with. */
    public Path publicKey() {
        return dir.resolve("public.pem");
    }

    /** The signing key, for the operations console's demo sign-in (the embedded platform only). */
    public Path privateKey() {
        return dir.resolve("private.pem");
    }

    /** A token for {@code subject} carrying {@code roles} (claim {@code groups}), valid for {@link #VALIDITY}. */
    public String issue(String subject, List<String> roles) {
        return issue(subject, roles, Instant.now(), VALIDITY, AUDIENCE);
    }

    public String issue(String subject, List<String> roles, Instant issuedAt, Duration validity, String audience) {
        String groups = roles.stream().map(r -> "\"" + json(r) + "\"").collect(Collectors.joining(","));
        String claims = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + json(audience) + "\",\"sub\":\"" + json(subject)
                + "\",\"upn\":\"" + json(subject) + "\",\"groups\":[" + groups + "],\"iat\":" + issuedAt.getEpochSecond()
                + ",\"exp\":" + issuedAt.plus(validity).getEpochSecond() + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signed = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + base64(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** {@code ./token.sh [--subject NAME] ROLE [ROLE...]}: prints a token of the platform in {@code .data}. */
    public static void main(String[] args) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        String subject = null;
        if (rest.size() >= 2 && rest.get(0).equals("--subject")) {
            subject = rest.get(1);
            rest = rest.subList(2, rest.size());
        }
        if (rest.isEmpty()) {
            System.err.println("usage: ./token.sh [--subject NAME] ROLE [ROLE...]   roles: erp collector credit-manager "
                    + "support supervisor viewer admin");
            System.exit(2);
        }
        System.out.println(in(Path.of(args[0])).issue(subject == null ? "local-" + String.join("-", rest) : subject, rest));
    }
}
