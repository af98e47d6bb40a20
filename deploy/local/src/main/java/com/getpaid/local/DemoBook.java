package com.getpaid.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A small book of customers for the console's first steps, so that each demo person has a day's work on a fresh
 * platform: eight customers of Li Na's and Zhou Min's with invoices of every age, a part payment, a promise, a
 * complaint that disputes part of an invoice and one waiting to be dispatched, a manual hold, a risk signal and two
 * credit assessments. Loaded once into a new {@code .data} (GETPAID_DEMO=off leaves it out), through the services'
 * own APIs with each person's token, as the ERP and the people would: everything it makes is an event like any other.
 * Dates are relative to the day it is loaded.
 */
final class DemoBook {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final LocalPlatform platform;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final LocalDate today = LocalDate.now(ZONE);

    DemoBook(LocalPlatform platform) {
        this.platform = platform;
    }

    /** Loads the book unless this data folder has it already. */
    static void loadOnce(LocalPlatform platform, Path dataDir) throws Exception {
        Path marker = dataDir.resolve("demo-book.loaded");
        if (Files.exists(marker) || "off".equalsIgnoreCase(System.getenv("GETPAID_DEMO"))) {
            return;
        }
        System.out.println("Loading the demo book (eight customers, their invoices, a promise, complaints, a hold)...");
        new DemoBook(platform).load();
        Files.writeString(marker, Instant.now() + "\n");
    }

    void load() throws Exception {
        customer("CN-1001", "华东五金批发有限公司", "ap@huadong.example", "zh-CN", 30, "50000.00", "li.na", 25);
        customer("CN-1002", "珠江工具有限公司", "finance@zhujiang.example", "zh-CN", 60, "80000.00", "li.na", 10);
        customer("CN-1003", "北方机电贸易公司", "cw@beifang.example", "zh-CN", 30, "20000.00", "li.na", 5);
        customer("CN-1004", "Pearl River Tools Ltd", "ap@pearlriver.example", "en", 30, "30000.00", "li.na", 28);
        customer("CN-1005", "Delta Fasteners Co", "accounts@delta.example", "en", 45, "40000.00", "zhou.min", 15);
        customer("CN-1006", "长江建材集团", "ar@changjiang.example", "zh-CN", 30, "100000.00", "li.na", 20);
        customer("CN-1007", "Harbour Hardware Ltd", "pay@harbour.example", "en", 0, "5000.00", "li.na", 1);
        customer("CN-1008", "西部五金店", "boss@xibu.example", "zh-CN", 30, "10000.00", "zhou.min", 12);
        awaitKnown("CN-1008");

        invoice("DEMO-0001", "CN-1001", -75, -45, "4000.00");
        invoice("DEMO-0002", "CN-1001", -40, -10, "2500.00");
        invoice("DEMO-0003", "CN-1001", -10, 20, "1800.00");
        invoice("DEMO-0004", "CN-1002", -130, -70, "12000.00");
        invoice("DEMO-0005", "CN-1002", -20, 40, "6000.00");
        invoice("DEMO-0006", "CN-1003", -170, -140, "3000.00");
        invoice("DEMO-0007", "CN-1004", -36, -6, "900.00");
        invoice("DEMO-0008", "CN-1004", -25, 5, "1500.00");
        invoice("DEMO-0009", "CN-1005", -95, -50, "7600.00");
        invoice("DEMO-0010", "CN-1006", -60, -30, "25000.00");
        invoice("DEMO-0011", "CN-1006", -35, -5, "8000.00");
        invoice("DEMO-0012", "CN-1007", -20, -20, "3200.00");
        invoice("DEMO-0013", "CN-1008", -50, -20, "1200.00");

        call("erp", "erp-system", "POST", "receivables", "/api/payments", """
                { "paymentId": "DEMO-BANK-01", "customerId": "CN-1001", "amount": "1000.00", "currency": "CNY", "receivedOn": "%s",
                  "allocations": [ { "invoiceId": "DEMO-0001", "amount": "1000.00" } ] }""".formatted(today.minusDays(5)));
        call("erp", "erp-system", "POST", "receivables", "/api/payments", """
                { "paymentId": "DEMO-BANK-02", "customerId": "CN-1006", "amount": "8000.00", "currency": "CNY", "receivedOn": "%s",
                  "allocations": [ { "invoiceId": "DEMO-0011", "amount": "8000.00" } ] }""".formatted(today.minusDays(1)));
        call("collector", "li.na", "POST", "receivables", "/api/promises", """
                { "promiseId": "DEMO-PTP-01", "customerId": "CN-1004", "invoiceIds": ["DEMO-0007"], "amount": "900.00",
                  "currency": "CNY", "promisedFor": "%s", "recordedBy": "li.na" }""".formatted(today.plusDays(3)));
        call("support", "front.desk", "POST", "complaint", "/api/complaints", """
                { "customerId": "CN-1002", "category": "PRODUCT_QUALITY", "channel": "PHONE",
                  "description": "批次 2411 的外壳开裂", "recordedBy": "front.desk", "invoiceIds": ["DEMO-0004"],
                  "disputedAmount": "2000.00", "currency": "CNY", "product": { "name": "铰链 H-30", "batchNumber": "2411" } }""");
        call("support", "front.desk", "POST", "complaint", "/api/complaints", """
                { "customerId": "CN-1005", "category": "SHIPPING", "channel": "EMAIL", "severity": "NORMAL",
                  "description": "Two pallets arrived a week late", "recordedBy": "front.desk" }""");
        call("credit-manager", "wang.fang", "POST", "customer", "/api/customers/CN-1003/holds", """
                { "reason": "Owner unreachable since the warehouse moved", "placedBy": "wang.fang" }""");
        // CN-1008 is zhou.min's customer: a collector reports only on the customers they manage
        call("collector", "zhou.min", "POST", "customer", "/api/customers/CN-1008/risk-signals", """
                { "signal": "KEY_PEOPLE_CHANGE", "severity": "MEDIUM", "note": "The owner's son runs the shop now",
                  "reportedBy": "zhou.min" }""");
        for (String[] a : List.of(new String[] { "CN-1001", "1.6", "0.55", "9", "0.12" },
                new String[] { "CN-1006", "2.4", "0.35", "14", "0.30" })) {
            call("credit-manager", "wang.fang", "POST", "customer", "/api/customers/" + a[0] + "/credit-assessments", """
                    { "currentRatio": "%s", "debtToAssets": "%s", "receivablesTurnover": "%s", "returnOnAssets": "%s",
                      "assessedBy": "wang.fang" }""".formatted(a[1], a[2], a[3], a[4]));
        }
    }

    private void customer(String id, String name, String email, String language, int days, String limit, String manager,
            int settlementDay) throws Exception {
        String terms = days == 0 ? "{ \"type\": \"CASH_ON_DELIVERY\" }" : "{ \"type\": \"NET_DAYS\", \"days\": " + days + " }";
        call("erp", "erp-system", "PUT", "customer", "/api/customers/" + id, """
                { "name": "%s", "email": "%s", "preferredLanguage": "%s", "paymentTerms": %s, "creditLimit": "%s",
                  "currency": "CNY", "collection": { "accountManager": "%s", "settlementDay": %d } }"""
                .formatted(name, email, language, terms, limit, manager, settlementDay));
    }

    private void invoice(String id, String customer, int issued, int due, String amount) throws Exception {
        call("erp", "erp-system", "POST", "receivables", "/api/invoices", """
                { "invoiceId": "%s", "customerId": "%s", "issueDate": "%s", "dueDate": "%s", "amount": "%s", "currency": "CNY" }"""
                .formatted(id, customer, today.plusDays(issued), today.plusDays(due), amount));
    }

    /** Waits until receivables has read the customers from Kafka (their terms and account managers). */
    private void awaitKnown(String customer) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> r = http.send(request("viewer", "demo-book", "GET", "receivables",
                    "/api/accounts/" + customer, null), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                Thread.sleep(2000); // the cards' collection profiles travel on the same topic, just behind
                return;
            }
            Thread.sleep(500);
        }
    }

    private void call(String role, String person, String method, String service, String path, String body) throws Exception {
        HttpResponse<String> r = http.send(request(role, person, method, service, path, body), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            System.err.println("Demo book: " + method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private HttpRequest request(String role, String person, String method, String service, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(platform.url(service) + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + platform.tokens().issue(person, List.of(role)))
                .header("Content-Type", "application/json");
        return b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
