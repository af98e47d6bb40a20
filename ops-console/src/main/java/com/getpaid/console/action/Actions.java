package com.getpaid.console.action;

import static com.getpaid.console.action.Action.area;
import static com.getpaid.console.action.Action.choice;
import static com.getpaid.console.action.Action.date;
import static com.getpaid.console.action.Action.hidden;
import static com.getpaid.console.action.Action.hiddenList;
import static com.getpaid.console.action.Action.key;
import static com.getpaid.console.action.Action.list;
import static com.getpaid.console.action.Action.optional;
import static com.getpaid.console.action.Action.path;
import static com.getpaid.console.action.Action.text;
import static com.getpaid.console.action.Action.yesNo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every action the console offers, by id: which service it calls, with which fields, for which roles. */
public final class Actions {

    private static final Set<String> COLLECTING = Set.of("collector", "credit-manager");
    private static final Set<String> SUPPORT = Set.of("support");
    private static final Set<String> CREDIT = Set.of("credit-manager");

    private static final Map<String, Action> BY_ID = new LinkedHashMap<>();

    static {
        add(new Action("outcome", "receivables", "POST", "/api/worklist/{itemId}/outcome", COLLECTING, null, List.of(
                path("itemId"), choice("outcome", true, "REACHED", "NO_ANSWER", "PROMISED", "DISPUTED", "PAID"),
                area("note", false))));
        add(new Action("promise", "receivables", "POST", "/api/promises", COLLECTING, "recordedBy", List.of(
                key("promiseId"), hidden("customerId"), hidden("currency"), hiddenList("invoiceIds"), text("amount"), date("promisedFor", true))));
        add(new Action("task", "notification", "POST", "/api/follow-ups/{id}/completion",
                Set.of("support", "collector", "credit-manager"), "by", List.of(
                        path("id"), choice("outcome", true, "REACHED", "NO_ANSWER", "DONE"), area("note", false))));
        add(new Action("clearance", "customer", "POST", "/api/customers/{customerId}/shipment-clearance",
                Set.of("erp", "credit-manager"), null, List.of(path("customerId"), text("amount"), text("currency"))));
        add(new Action("hold", "customer", "POST", "/api/customers/{customerId}/holds", CREDIT, "placedBy", List.of(
                path("customerId"), area("reason", true))));
        add(new Action("release", "customer", "POST", "/api/customers/{customerId}/holds/release", CREDIT, "releasedBy",
                List.of(path("customerId"), area("reason", true), optional("until"))));
        add(new Action("assess", "customer", "POST", "/api/customers/{customerId}/credit-assessments", CREDIT, "assessedBy",
                List.of(path("customerId"), text("currentRatio"), text("debtToAssets"), text("receivablesTurnover"),
                        text("returnOnAssets"))));
        add(new Action("complaint", "complaint", "POST", "/api/complaints", SUPPORT, "recordedBy", List.of(
                text("customerId"), choice("category", true, "PRODUCT_QUALITY", "SHIPPING", "SERVICE", "CONTRACT"),
                choice("channel", true, "PHONE", "EMAIL", "VISIT", "FAX"), choice("severity", false, "NORMAL", "SERIOUS"),
                area("description", true), optional("contactPerson"), optional("product.name"),
                optional("product.batchNumber"), list("invoiceIds"), optional("disputedAmount"), optional("currency"),
                area("customerWish", false))));
        add(new Action("assignment", "complaint", "POST", "/api/complaints/{id}/assignment", SUPPORT, "assignedBy",
                List.of(path("id"), text("handler"))));
        add(new Action("escalation", "complaint", "POST", "/api/complaints/{id}/escalation", SUPPORT, "escalatedBy",
                List.of(path("id"), text("toHandler"), area("reason", true))));
        add(new Action("investigation", "complaint", "POST", "/api/complaints/{id}/investigation", SUPPORT, "investigatedBy",
                List.of(path("id"), area("findings", true), text("rootCause"))));
        add(new Action("resolution", "complaint", "POST", "/api/complaints/{id}/resolution", SUPPORT, "proposedBy",
                List.of(path("id"), choice("remedy", true, "APOLOGY", "DISCOUNT", "GIFT", "REPLACEMENT", "RETURN_REFUND",
                        "COMPENSATION"), optional("amount"), optional("currency"), area("note", false))));
        add(new Action("approval", "complaint", "POST", "/api/complaints/{id}/approval", CREDIT, "approvedBy",
                List.of(path("id"))));
        add(new Action("acceptance", "complaint", "POST", "/api/complaints/{id}/acceptance", SUPPORT, null,
                List.of(path("id"), text("acceptedBy"))));
        add(new Action("execution", "complaint", "POST", "/api/complaints/{id}/execution", SUPPORT, "recordedBy",
                List.of(path("id"), text("department"), area("note", false))));
        add(new Action("callback", "complaint", "POST", "/api/complaints/{id}/callbacks", SUPPORT, "calledBy",
                List.of(path("id"), yesNo("reached"), yesNo("satisfied"), area("note", false))));
    }

    private Actions() {
    }

    private static void add(Action action) {
        BY_ID.put(action.id(), action);
    }

    public static Optional<Action> find(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    public static Iterable<Action> all() {
        return BY_ID.values();
    }
}
