package com.getpaid.notification.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The letters as a customer reads them. The build checks each template's expressions against the record it declares;
 * these tests check every template declares one (or nothing would be checked) and say what one and several invoices
 * read like.
 */
class LetterTemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final List<String> STEPS = List.of("PRE_DUE_REMINDER", "FRIENDLY_REMINDER", "FIRM_REMINDER", "FINAL_NOTICE");

    private final Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver()).build();

    @Test
    void every_template_declares_the_record_it_reads_so_the_build_checks_it() throws Exception {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            List<Path> templates = files.toList();
            assertEquals(14, templates.size(), "en and zh-CN for four steps, the complaint acknowledgement, the risk alert "
                    + "and the handover notice");
            for (Path t : templates) {
                String first = Files.readAllLines(t, StandardCharsets.UTF_8).get(0);
                assertTrue(first.matches("\\{@com\\.getpaid\\.notification\\.message\\.(Letter letter|ComplaintNote note|RiskAlert alert|HandoverNote handover)}"),
                        t + " starts with " + first);
            }
        }
    }

    @Test
    void a_letter_about_one_invoice_names_it_with_its_amount_in_the_subject_and_the_text() throws Exception {
        for (String step : STEPS) {
            for (String language : List.of("en", "zh-CN")) {
                String[] mail = render(step, language, new Letter("Acme", List.of(item("INV-1", "1200.50"))));
                assertTrue(mail[0].startsWith("Subject: ") && mail[0].contains("INV-1"), step + " " + language + ": " + mail[0]);
                assertTrue(mail[1].contains("Acme") && mail[1].contains("1200.50 CNY"), step + " " + language + ":\n" + mail[1]);
                assertFalse(mail[1].contains("{") || mail[1].contains("NOT_FOUND"), mail[1]);
            }
        }
    }

    @Test
    void a_letter_about_several_invoices_counts_them_and_lists_each() throws Exception {
        for (String step : STEPS) {
            for (String language : List.of("en", "zh-CN")) {
                String[] mail = render(step, language, new Letter("Acme", List.of(item("INV-1", "100.00"), item("INV-2", "250.00"))));
                assertTrue(mail[0].contains("2"), mail[0]);
                assertTrue(mail[1].contains("INV-1") && mail[1].contains("100.00 CNY") && mail[1].contains("INV-2")
                        && mail[1].contains("250.00 CNY"), step + " " + language + ":\n" + mail[1]);
            }
        }
    }

    @Test
    void the_final_notice_says_supply_will_stop() throws Exception {
        assertTrue(render("FINAL_NOTICE", "en", new Letter("Acme", List.of(item("INV-1", "1.00"))))[1].contains("stop further deliveries"));
        assertTrue(render("FINAL_NOTICE", "zh-CN", new Letter("Acme", List.of(item("INV-1", "1.00"))))[1].contains("暂停对贵司的供货"));
    }

    @Test
    void the_complaint_acknowledgement_quotes_the_number_and_the_complaint() throws Exception {
        String[] mail = render("COMPLAINT_ACKNOWLEDGEMENT", "en", ComplaintNote.of("Acme",
                Map.of("complaintId", "CMP-000001", "description", "cracked housings")));
        assertTrue(mail[0].contains("CMP-000001") && mail[1].contains("cracked housings"), String.join("\n", mail));
    }

    @Test
    void the_risk_alert_tells_the_account_manager_why_supply_stopped() throws Exception {
        RiskAlert alert = new RiskAlert("Acme", "C-1", "li.na", "RELOCATION_OR_CLOSURE", "HIGH", "Warehouse emptied", "wang.fang",
                true);
        for (String language : List.of("en", "zh-CN")) {
            String[] mail = render("RISK_ALERT", language, alert);
            assertTrue(mail[0].contains("Acme") && mail[0].contains("RELOCATION_OR_CLOSURE"), mail[0]);
            assertTrue(mail[1].contains("li.na") && mail[1].contains("Warehouse emptied") && mail[1].contains("C-1"), mail[1]);
        }
        assertEquals("Subject: Supply stopped for Acme: HIGH risk signal RELOCATION_OR_CLOSURE", render("RISK_ALERT", "en", alert)[0]);
    }

    @Test
    void a_risk_alert_that_stops_nothing_says_supply_goes_on() throws Exception {
        RiskAlert alert = new RiskAlert("Acme", "C-1", "li.na", "RELOCATION_OR_CLOSURE", "HIGH", "Warehouse emptied", "wang.fang",
                false);
        String[] en = render("RISK_ALERT", "en", alert);
        assertEquals("Subject: HIGH risk signal RELOCATION_OR_CLOSURE for Acme", en[0]);
        assertTrue(en[1].contains("supply goes on") && !en[1].contains("has been stopped") && en[1].contains("Warehouse emptied"),
                en[1]);
        String[] zh = render("RISK_ALERT", "zh-CN", alert);
        assertTrue(zh[0].contains("出现风险信号") && !zh[1].contains("已暂停供货"), String.join("\n", zh));
    }

    @Test
    void the_handover_notice_names_the_new_contact() throws Exception {
        for (String language : List.of("en", "zh-CN")) {
            String[] mail = render("HANDOVER_NOTICE", language, new HandoverNote("Acme", "zhao.lei"));
            assertTrue(mail[0].contains("zhao.lei") && mail[1].contains("Acme") && mail[1].contains("zhao.lei"), mail[1]);
        }
    }

    private String[] render(String name, String language, Object data) throws Exception {
        String text = Files.readString(TEMPLATES.resolve(name + "_" + language + ".txt"), StandardCharsets.UTF_8);
        String key = data instanceof Letter ? "letter" : data instanceof RiskAlert ? "alert" : data instanceof HandoverNote
                ? "handover" : "note";
        return engine.parse(text).data(key, data).render().split("\n", 2);
    }

    private static Letter.Item item(String invoiceId, String open) {
        return new Letter.Item(invoiceId, "2026-11-01", open, "CNY", "16", "7");
    }
}
