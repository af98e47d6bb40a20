package com.getpaid.events;

/**
 * A fact one service records and others may read. Every event belongs to one customer: the
 * customer id is the Kafka key, so all events of a customer stay in order on one partition.
 */
public interface DomainEvent {

    String customerId();

    /** What the event is about (invoice, payment, complaint...): the CloudEvents subject. */
    String subject();
}
