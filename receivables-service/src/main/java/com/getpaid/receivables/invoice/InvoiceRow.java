package com.getpaid.receivables.invoice;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * The read side's view of the {@code invoice_view} projection. Read only: the kernel writes the
 * projection with its events, in one JDBC transaction.
 */
@Entity
@Immutable
@Table(name = "invoice_view")
public class InvoiceRow extends PanacheEntityBase {

    @Id
    @Column(name = "invoice_id")
    public String invoiceId;
    @Column(name = "customer_id")
    public String customerId;
    @Column(name = "delivery_ref")
    public String deliveryRef;
    @Column(name = "issue_date")
    public LocalDate issueDate;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public BigDecimal amount;
    @Column(name = "open_amount")
    public BigDecimal openAmount;
    public String currency;
    @Column(name = "dunning_level")
    public int dunningLevel;
    @Column(name = "dunning_stage")
    public String dunningStage;
    @Column(name = "next_dunning_on")
    public LocalDate nextDunningOn;
    @Column(name = "paused_until")
    public LocalDate pausedUntil;
    public BigDecimal disputed;
}
