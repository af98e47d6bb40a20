package com.getpaid.console.operations;

import com.getpaid.console.page.Page;
import com.getpaid.console.services.Doc;
import com.getpaid.console.services.Reply;
import com.getpaid.console.services.Services;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * An operator's page: per service, readiness with each check, the outbox backlog, consumer lag, dead letters and mail
 * failures, read from the figures the services already publish ({@code /q/health/ready}, {@code /q/metrics}).
 */
@io.quarkus.security.Authenticated
@Path("/operations")
@Produces(MediaType.TEXT_HTML)
public class OperationsPage {

    /** One service's figures; a figure it does not publish is null (shown as a dash). */
    @TemplateData
    public record ServiceState(String name, String status, List<Object> checks, Double backlog, Double oldestWaiting,
            Double lag, Double deadLetters, Double mailFailures) {
    }

    private final Page page;
    private final Services services;
    private final Template operations;

    public OperationsPage(Page page, Services services, @Location("operations.html") Template operations) {
        this.page = page;
        this.services = services;
        this.operations = operations;
    }

    @GET
    public TemplateInstance show() {
        String token = page.token();
        Map<String, CompletableFuture<Reply>> health = new LinkedHashMap<>();
        Map<String, CompletableFuture<String>> metrics = new LinkedHashMap<>();
        for (String name : services.names()) {
            health.put(name, services.get(null, name, "/q/health/ready"));
            metrics.put(name, services.text(token, name, "/q/metrics"));
        }
        List<ServiceState> states = new ArrayList<>();
        for (String name : services.names()) {
            Reply ready = health.get(name).join();
            Metrics m = new Metrics(metrics.get(name).join());
            Doc body = ready.body() instanceof Map<?, ?> ? (Doc) Doc.of(ready.body()) : null;
            String status = ready.unreachable() ? "DOWN" : body == null ? "DOWN" : body.text("status");
            states.add(new ServiceState(name + "-service", status, body == null ? List.of() : Doc.list(body.field("checks")),
                    m.sum("getpaid_outbox_backlog"), m.sum("getpaid_outbox_oldest_waiting_seconds"),
                    m.sum("kafka_consumer_fetch_manager_records_lag"), m.sum("getpaid_dead_letters_total"),
                    m.sum("getpaid_mail_failures_total")));
        }
        return page.render(operations, "navOperations").data("states", states);
    }

    /** The Prometheus text a service publishes, summed by metric name over its labels. */
    static final class Metrics {
        private final Map<String, Double> sums = new LinkedHashMap<>();

        Metrics(String text) {
            for (String line : text.split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int space = line.lastIndexOf(' ');
                if (space < 0) {
                    continue;
                }
                int brace = line.indexOf('{');
                String name = brace > 0 && brace < space ? line.substring(0, brace) : line.substring(0, space);
                try {
                    double value = Double.parseDouble(line.substring(space + 1));
                    if (!Double.isNaN(value)) {
                        sums.merge(name, value, Double::sum);
                    }
                } catch (NumberFormatException e) {
                    // a line that is not a sample
                }
            }
        }

        Double sum(String name) {
            return sums.get(name);
        }
    }
}
