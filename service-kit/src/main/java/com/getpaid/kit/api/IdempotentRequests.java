package com.getpaid.kit.api;

import com.getpaid.events.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.Optional;

/**
 * ERP writes are idempotent on their natural key (table {@code idempotent_request}): the first
 * answer is kept with a hash of the request, in the transaction that did the work. The same request
 * again gets the same answer; the same key with other content is a 409.
 */
public final class IdempotentRequests {

    /** An answer kept under a key: HTTP status and JSON body. */
    public record Kept(int status, String body) {
    }

    /**
     * The answer kept for this request under {@code scope}/{@code key}, if it was answered before; a
     * different request under the same key is refused (409, naming {@code keyField}). Takes the key's
     * lock first, so the same request in flight twice waits for the first to commit.
     */
    public static Optional<Kept> kept(Connection c, String scope, String key, String keyField, Object request)
            throws Exception {
        String hash = hash(request);
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock("
                + com.getpaid.events.store.AdvisoryLocks.REQUEST.key() + ")")) {
            ps.setString(1, "request:" + scope + ":" + key);
            ps.execute();
        }
        Optional<String[]> earlier = find(c, scope, key);
        if (earlier.isPresent() && !earlier.get()[0].equals(hash)) {
            throw ApiProblem.conflict(keyField, keyField + " '" + key
                    + "' was already used for a request with different content; use a new " + keyField
                    + " or send the original request");
        }
        return earlier.map(e -> new Kept(Integer.parseInt(e[1]), e[2]));
    }

    /** Keeps the answer to this request, in the transaction that did its work. */
    public static void keep(Connection c, String scope, String key, Object request, int status, String body)
            throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO idempotent_request (scope, request_key, request_hash, status, response) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, scope);
            ps.setString(2, key);
            ps.setString(3, hash(request));
            ps.setInt(4, status);
            ps.setString(5, body);
            ps.executeUpdate();
        }
    }

    private static Optional<String[]> find(Connection c, String scope, String key) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT request_hash, status, response FROM idempotent_request WHERE scope = ? AND request_key = ?")) {
            ps.setString(1, scope);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new String[] { rs.getString(1), String.valueOf(rs.getInt(2)), rs.getString(3) })
                        : Optional.empty();
            }
        }
    }

    /** Hash of the validated, normalised request ("1200.5" and "1200.50" are the same request). */
    public static String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Json.write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private IdempotentRequests() {
    }
}
