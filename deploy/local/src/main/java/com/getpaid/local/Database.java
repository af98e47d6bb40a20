package com.getpaid.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * A real PostgreSQL server from the io.zonky.test binaries, one database per service. Durable
 * mode keeps fsync and synchronous commit on (the library turns them off by default, which only
 * tests may accept).
 */
public final class Database implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final int port;

    private Database(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    public static Database start(Path dataDir, int port, boolean durable, List<String> databases) throws Exception {
        Files.createDirectories(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "200");
        if (durable) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        Database db = new Database(builder.start(), port);
        for (String name : databases) {
            db.createIfMissing(name);
        }
        return db;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://127.0.0.1:" + port + "/" + database;
    }

    private void createIfMissing(String database) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, database);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE \"" + database + "\"");
            }
        }
    }

    @Override
    public void close() throws Exception {
        postgres.close();
    }
}
