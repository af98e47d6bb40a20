package com.getpaid.local;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Lets a person try the product's fault handling on the running platform: {@code POST
 * /kafka/stop}, {@code /kafka/start}, {@code /mail/stop}, {@code /mail/start}, {@code
 * /postgres/stop}, {@code /postgres/start} on 127.0.0.1 (see {@code ./fault.sh}). Loopback only.
 */
final class FaultControl implements AutoCloseable {

    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    private final HttpServer server;

    FaultControl(int port, LocalPlatform platform) throws IOException {
        Map<String, Action> actions = Map.of(
                "/kafka/stop", platform::stopKafka, "/kafka/start", platform::startKafka,
                "/mail/stop", platform::stopMail, "/mail/start", platform::startMail,
                "/postgres/stop", platform::stopPostgres, "/postgres/start", platform::startPostgres);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Action action = actions.get(path);
            int status;
            String answer;
            if (action == null || !"POST".equals(exchange.getRequestMethod())) {
                status = 404;
                answer = "POST one of " + actions.keySet().stream().sorted().toList() + "\n";
            } else {
                synchronized (this) {
                    try {
                        action.run();
                        status = 200;
                        answer = path.substring(1).replace('/', ' ') + ": done\n";
                        System.out.println("Fault control: " + answer.strip());
                    } catch (Exception e) {
                        status = 500;
                        answer = path + " failed: " + e + "\n";
                    }
                }
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
