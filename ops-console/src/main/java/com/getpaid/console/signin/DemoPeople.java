package com.getpaid.console.signin;

import java.util.List;
import java.util.Optional;

/** The people the embedded platform's sign-in page offers, one per kind of user, with the roles their work needs. */
public final class DemoPeople {

    /** A demo person: the id the audit trail records, a name, the roles, and the page their day starts on. */
    @io.quarkus.qute.TemplateData
    public record Person(String id, String name, List<String> roles, String home) {
    }

    public static final List<Person> ALL = List.of(
            new Person("li.na", "Li Na 李娜", List.of("collector"), "/"),
            new Person("wang.fang", "Wang Fang 王芳", List.of("credit-manager"), "/credit"),
            new Person("front.desk", "Front Desk 客服", List.of("support"), "/complaints"),
            new Person("zhao.min", "Zhao Min 赵敏", List.of("viewer"), "/receivables"),
            new Person("ops.admin", "Ops Admin 运维", List.of("admin"), "/operations"));

    private DemoPeople() {
    }

    public static Optional<Person> find(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
