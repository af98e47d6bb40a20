package com.getpaid.console.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.RawString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chart.js configurations made on the server from what the services answered, written into the page as JSON that
 * {@code console.js} draws: the browser computes nothing of its own.
 */
public final class Charts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> COLOURS = List.of("#1f5fbf", "#5b9bd5", "#f2c14e", "#f08a4b", "#d1495b", "#7a1f2b",
            "#6a994e", "#8d99ae");

    private Charts() {
    }

    /** One dataset: its label and values, in the order of the chart's labels. */
    public record Series(String label, List<? extends Number> values) {
    }

    /** Bars; stacked puts the series on top of each other (aging buckets per currency). */
    public static RawString bar(List<String> labels, List<Series> series, boolean stacked, boolean horizontal) {
        Map<String, Object> options = new LinkedHashMap<>();
        if (stacked) {
            options.put("scales", Map.of("x", Map.of("stacked", true), "y", Map.of("stacked", true)));
        }
        if (horizontal) {
            options.put("indexAxis", "y");
        }
        return config("bar", labels, series, options);
    }

    public static RawString line(List<String> labels, List<Series> series) {
        return config("line", labels, series, Map.of("spanGaps", true));
    }

    public static RawString doughnut(List<String> labels, List<? extends Number> values) {
        Map<String, Object> dataset = Map.of("data", values, "backgroundColor", COLOURS.subList(0, Math.min(COLOURS.size(),
                Math.max(1, values.size()))));
        return write(Map.of("type", "doughnut", "data", Map.of("labels", labels, "datasets", List.of(dataset))));
    }

    private static RawString config(String type, List<String> labels, List<Series> series, Map<String, Object> options) {
        List<Map<String, Object>> datasets = new java.util.ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            String colour = COLOURS.get(i % COLOURS.size());
            datasets.add(Map.of("label", series.get(i).label(), "data", series.get(i).values(), "backgroundColor", colour,
                    "borderColor", colour));
        }
        return write(Map.of("type", type, "data", Map.of("labels", labels, "datasets", datasets), "options", options));
    }

    private static RawString write(Object config) {
        try {
            // inside <script type="application/json">: no "<" may close the element early
            return new RawString(JSON.writeValueAsString(config).replace("<", "\\u003c"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
