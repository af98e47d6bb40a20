package com.getpaid.console.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The operations page's figures from a service's Prometheus text: summed over labels, NaN and comments left out. */
class MetricsTest {

    @Test
    void aFigureIsTheSumOfItsSeries() {
        OperationsPage.Metrics m = new OperationsPage.Metrics("""
                # HELP kafka_consumer_fetch_manager_records_lag
                kafka_consumer_fetch_manager_records_lag{partition="0",topic="receivables.v1"} 3.0
                kafka_consumer_fetch_manager_records_lag{partition="1",topic="receivables.v1"} 4.0
                kafka_consumer_fetch_manager_records_lag{partition="2",topic="receivables.v1"} NaN
                getpaid_outbox_backlog 12.0
                """);
        assertEquals(7.0, m.sum("kafka_consumer_fetch_manager_records_lag"));
        assertEquals(12.0, m.sum("getpaid_outbox_backlog"));
        assertNull(m.sum("getpaid_dead_letters_total"), "not published: shown as a dash");
    }
}
