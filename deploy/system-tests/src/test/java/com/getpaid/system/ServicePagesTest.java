package com.getpaid.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages say what the code does, so they cannot drift: each service page's {@code - Publishes:}, {@code - Consumes:}
 * and {@code - Ignores:} lines, and the README's event catalog, are checked against the sources. Plain files, no build
 * output: the wire contract from {@code events} (topics, the sealed interface of each topic's package, the catalog),
 * the producer from each service's {@code getpaid.kernel.topic}, and the consumers from each {@code @Incoming} listener
 * (its channel's topic from {@code application.properties}; the event types it, or a class its constructor takes from
 * the same service, dispatches on: {@code instanceof T}, {@code case T}, {@code T.class}, except inside an
 * {@code ignore...(...)} call). The README's code tour is checked too: every link resolves and every
 * {@code Class#method} hop names a method of that file.
 */
class ServicePagesTest {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final List<String> SERVICES = List.of("customer-service", "receivables-service", "complaint-service",
            "notification-service");
    static final Path EVENTS = ROOT.resolve("events/src/main/java/com/getpaid/events");

    /** A topic of the contract: its producing service, its event types (in the sealed interface's order), its tree. */
    record Topic(String name, String producer, List<String> events, Map<String, List<String>> sealed, String root) {
    }

    /** A {@code @Incoming} method's class, the topic it reads and the event types it handles. */
    record Listener(String service, Path file, String topic, Set<String> handled) {
    }

    static final Map<String, Topic> TOPICS = topics();
    static final List<Listener> LISTENERS = SERVICES.stream().flatMap(s -> listeners(s).stream()).toList();

    @Test
    void theCodeModelIsWhole() {
        assertEquals(4, TOPICS.size(), "topics: " + TOPICS.keySet());
        Set<String> registered = new TreeSet<>(matches(read(EVENTS.resolve("EventCatalog.java")),
                "register\\(\"(\\w+)\",\\s*(\\w+)\\.class\\)", 1));
        Set<String> onTopics = TOPICS.values().stream().flatMap(t -> t.events().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(registered, onTopics, "EventCatalog against the topics' sealed interfaces");
        assertTrue(LISTENERS.size() >= 7, "listeners found: " + LISTENERS);
        for (Listener l : LISTENERS) {
            assertTrue(TOPICS.containsKey(l.topic()), l.file() + " reads " + l.topic() + ", not a contract topic");
            assertTrue(!l.handled().isEmpty(), l.file() + " handles no event of " + l.topic() + " that this test sees");
        }
        for (Topic t : TOPICS.values()) {
            Path producer = ROOT.resolve(t.producer()).resolve("src/main/java");
            String code = javaFiles(producer).stream().map(ServicePagesTest::code).collect(Collectors.joining("\n"));
            List<String> neverMade = t.events().stream().filter(e -> !Pattern.compile("new\\s+" + e + "\\s*\\(")
                    .matcher(code).find()).toList();
            assertEquals(List.of(), neverMade, t.producer() + " publishes " + t.name() + " but never makes these");
        }
    }

    @Test
    void eachServicePageSaysWhatItPublishesConsumesAndIgnores() {
        List<String> wrong = new ArrayList<>();
        for (String service : SERVICES) {
            Path page = ROOT.resolve(service).resolve("README.md");
            Map<String, Map<String, List<String>>> said = pageLines(page, wrong);
            String where = ROOT.relativize(page) + ": ";

            Map<String, Set<String>> publishes = new LinkedHashMap<>();
            TOPICS.values().stream().filter(t -> t.producer().equals(service))
                    .forEach(t -> publishes.put(t.name(), new LinkedHashSet<>(t.events())));
            Map<String, Set<String>> consumes = new LinkedHashMap<>();
            LISTENERS.stream().filter(l -> l.service().equals(service))
                    .forEach(l -> consumes.computeIfAbsent(l.topic(), k -> new LinkedHashSet<>()).addAll(l.handled()));
            Map<String, Set<String>> ignores = new LinkedHashMap<>();
            consumes.forEach((topic, handled) -> {
                Set<String> ignored = new LinkedHashSet<>(TOPICS.get(topic).events());
                ignored.removeAll(handled);
                if (!ignored.isEmpty()) {
                    ignores.put(topic, ignored);
                }
            });
            compare(where + "Publishes", publishes, said.get("Publishes"), true, wrong);
            compare(where + "Consumes", consumes, said.get("Consumes"), true, wrong);
            // a service that consumes nothing ignores nothing
            compare(where + "Ignores", ignores, said.get("Ignores"), false, wrong);
        }
        assertEquals(List.of(), wrong, "service pages against the code");
    }

    @Test
    void theReadmesEventCatalogMatchesTheCode() {
        List<String> wrong = new ArrayList<>();
        List<String> lines = section(read(ROOT.resolve("README.md")), "## Event catalog");
        Pattern heading = Pattern.compile("^### (\\S+) \\(producer: ([\\w-]+)\\)$");
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        String topic = null;
        for (String line : lines) {
            Matcher h = heading.matcher(line);
            if (h.matches()) {
                topic = h.group(1);
                Topic t = TOPICS.get(topic);
                if (t == null) {
                    wrong.add("catalog: " + topic + " is not a topic of the contract");
                } else if (!t.producer().equals(h.group(2))) {
                    wrong.add("catalog: " + topic + " is published by " + t.producer() + ", not " + h.group(2));
                }
                tables.put(topic, new ArrayList<>());
            } else if (topic != null && line.startsWith("|") && !line.startsWith("|---")) {
                tables.get(topic).add(cells(line));
            }
        }
        if (!tables.keySet().equals(TOPICS.keySet())) {
            wrong.add("catalog: topics " + tables.keySet() + ", the contract has " + TOPICS.keySet());
        }
        tables.forEach((name, rows) -> {
            Topic t = TOPICS.get(name);
            if (t == null || rows.isEmpty()) {
                return;
            }
            List<String> header = rows.get(0);
            List<String> consumers = header.subList(Math.min(2, header.size()), header.size());
            Set<String> reading = LISTENERS.stream().filter(l -> l.topic().equals(name)).map(Listener::service)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!new TreeSet<>(consumers).equals(reading) || consumers.size() != reading.size()) {
                wrong.add("catalog " + name + ": consumer columns " + consumers + ", the listeners are in " + reading);
            }
            List<String> events = new ArrayList<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                String event = row.get(0).replace("`", "");
                events.add(event);
                if (row.size() != header.size()) {
                    wrong.add("catalog " + name + " " + event + ": " + row.size() + " cells, the header "
                            + header.size());
                    continue;
                }
                if (row.get(1).isBlank()) {
                    wrong.add("catalog " + name + " " + event + ": says nothing of who makes it");
                }
                for (int i = 2; i < row.size(); i++) {
                    String consumer = header.get(i);
                    boolean handled = LISTENERS.stream().anyMatch(l -> l.service().equals(consumer)
                            && l.topic().equals(name) && l.handled().contains(event));
                    boolean saysIgnored = row.get(i).startsWith("ignored");
                    if (handled == saysIgnored || row.get(i).isBlank()) {
                        wrong.add("catalog " + name + " " + event + ": " + consumer + (handled ? " handles it; say what"
                                + " it does" : " ignores it; the cell should start with \"ignored\""));
                    }
                }
            }
            if (!new TreeSet<>(events).equals(new TreeSet<>(t.events())) || events.size() != t.events().size()) {
                wrong.add("catalog " + name + ": events " + diff(t.events(), events));
            }
        });
        assertEquals(List.of(), wrong, "README event catalog against the code");
    }

    @Test
    void theReadmesLinksAndCodeTourPointAtWhatExists() {
        String readme = read(ROOT.resolve("README.md"));
        List<String> wrong = new ArrayList<>();
        Map<String, String> refs = new LinkedHashMap<>();
        Matcher def = Pattern.compile("(?m)^\\[([\\w-]+)\\]: (\\S+)$").matcher(readme);
        while (def.find()) {
            refs.put(def.group(1), def.group(2));
        }
        List<String> targets = new ArrayList<>(refs.values());
        targets.addAll(matches(readme, "\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)", 1));
        for (String target : targets) {
            if (!target.startsWith("http") && !Files.exists(ROOT.resolve(target))) {
                wrong.add("link to " + target + ": no such file");
            }
        }
        Matcher hop = Pattern.compile("\\[(\\w+)#(\\w+)\\]\\[([\\w-]+)\\]").matcher(readme);
        int hops = 0;
        while (hop.find()) {
            hops++;
            String target = refs.get(hop.group(3));
            if (target == null) {
                wrong.add(hop.group() + ": no link definition [" + hop.group(3) + "]");
            } else if (!target.endsWith("/" + hop.group(1) + ".java")) {
                wrong.add(hop.group() + ": points at " + target);
            } else if (Files.exists(ROOT.resolve(target)) && !Pattern.compile("\\b" + hop.group(2) + "\\s*\\(")
                    .matcher(code(ROOT.resolve(target))).find()) {
                wrong.add(hop.group() + ": " + target + " has no method " + hop.group(2));
            }
        }
        assertTrue(hops >= 15, "code tour hops found: " + hops);
        assertEquals(List.of(), wrong, "README links and code tour");
    }

    // ---- the pages

    /** The page's lines {@code - Kind: topic (A, B)} and {@code - Kind: nothing}, by kind and topic. */
    static Map<String, Map<String, List<String>>> pageLines(Path page, List<String> wrong) {
        Map<String, Map<String, List<String>>> said = new LinkedHashMap<>();
        Pattern line = Pattern.compile("^- (Publishes|Consumes|Ignores): (?:nothing|(\\S+) \\(([\\w,\\s]+)\\))$");
        for (String l : read(page).split("\n")) {
            if (!l.matches("^- (Publishes|Consumes|Ignores):.*")) {
                continue;
            }
            Matcher m = line.matcher(l);
            if (!m.matches()) {
                wrong.add(ROOT.relativize(page) + ": cannot read \"" + l + "\"; write \"- Consumes: topic.v1 (A, B)\"");
                continue;
            }
            Map<String, List<String>> byTopic = said.computeIfAbsent(m.group(1), k -> new LinkedHashMap<>());
            if (m.group(2) != null) {
                if (byTopic.containsKey(m.group(2))) {
                    wrong.add(ROOT.relativize(page) + ": two " + m.group(1) + " lines for " + m.group(2));
                }
                byTopic.put(m.group(2), Stream.of(m.group(3).split(",")).map(String::trim).toList());
            }
        }
        return said;
    }

    static void compare(String what, Map<String, Set<String>> code, Map<String, List<String>> page, boolean required,
            List<String> wrong) {
        if (page == null && required) {
            wrong.add(what + ": no line (write \"nothing\" when there is nothing)");
            return;
        }
        page = page == null ? Map.of() : page;
        Set<String> topics = new TreeSet<>(code.keySet());
        topics.addAll(page.keySet());
        for (String topic : topics) {
            List<String> inCode = List.copyOf(code.getOrDefault(topic, Set.of()));
            List<String> onPage = page.getOrDefault(topic, List.of());
            if (!new TreeSet<>(inCode).equals(new TreeSet<>(onPage)) || onPage.size() != new TreeSet<>(onPage).size()) {
                wrong.add(what + " " + topic + ": " + diff(inCode, onPage));
            }
        }
    }

    static String diff(List<String> code, List<String> page) {
        List<String> missing = code.stream().filter(e -> !page.contains(e)).toList();
        List<String> extra = page.stream().filter(e -> !code.contains(e)).toList();
        List<String> twice = page.stream().filter(e -> page.indexOf(e) != page.lastIndexOf(e)).distinct().toList();
        return "in the code, not on the page " + missing + "; on the page, not in the code " + extra
                + (twice.isEmpty() ? "" : "; listed twice " + twice);
    }

    /** The lines of a Markdown section, from its heading to the next heading of the same level. */
    static List<String> section(String markdown, String heading) {
        List<String> all = List.of(markdown.split("\n"));
        int from = all.indexOf(heading);
        assertTrue(from >= 0, "no section \"" + heading + "\"");
        String level = heading.substring(0, heading.indexOf(' ') + 1);
        int to = from + 1;
        while (to < all.size() && !all.get(to).startsWith(level)) {
            to++;
        }
        return all.subList(from + 1, to);
    }

    /** The cells of a Markdown table row ({@code \|} inside a cell is not a separator). */
    static List<String> cells(String row) {
        String inner = row.trim().replaceAll("^\\|", "").replaceAll("\\|$", "");
        return Stream.of(inner.split("(?<!\\\\)\\|")).map(String::trim).toList();
    }

    // ---- the code

    static Map<String, Topic> topics() {
        Map<String, Topic> topics = new LinkedHashMap<>();
        String declared = "String\\s+\\w+\\s*=\\s*\"([a-z]+\\.v\\d+)\"";
        for (String name : matches(read(EVENTS.resolve("Topics.java")), declared, 1)) {
            Path pkg = EVENTS.resolve(name.substring(0, name.indexOf('.')));
            assertTrue(Files.isDirectory(pkg), "topic " + name + " has no package " + pkg);
            Map<String, List<String>> sealed = new LinkedHashMap<>();
            String root = null;
            for (Path file : javaFiles(pkg)) {
                Matcher m = Pattern.compile("sealed\\s+interface\\s+(\\w+)([^{]*?)permits([\\w\\s,]+)\\{")
                        .matcher(code(file));
                if (m.find()) {
                    sealed.put(m.group(1), Stream.of(m.group(3).split(",")).map(String::trim).toList());
                    if (m.group(2).matches("(?s).*extends\\s+DomainEvent\\b.*")) {
                        root = m.group(1);
                    }
                }
            }
            assertTrue(root != null, "no sealed interface extending DomainEvent in " + pkg);
            List<String> leaves = new ArrayList<>();
            leaves(root, sealed, leaves);
            topics.put(name, new Topic(name, producerOf(name), leaves, sealed, root));
        }
        return topics;
    }

    static void leaves(String type, Map<String, List<String>> sealed, List<String> into) {
        for (String sub : sealed.getOrDefault(type, List.of())) {
            if (sealed.containsKey(sub)) {
                leaves(sub, sealed, into);
            } else {
                into.add(sub);
            }
        }
    }

    static String producerOf(String topic) {
        List<String> producers = SERVICES.stream()
                .filter(s -> topic.equals(properties(s).getProperty("getpaid.kernel.topic"))).toList();
        assertEquals(1, producers.size(), "services publishing " + topic + ": " + producers);
        return producers.get(0);
    }

    static List<Listener> listeners(String service) {
        Path sources = ROOT.resolve(service).resolve("src/main/java");
        List<Path> files = javaFiles(sources);
        List<Listener> found = new ArrayList<>();
        for (Path file : files) {
            String code = code(file);
            Matcher incoming = Pattern.compile("@Incoming\\(\\s*(\"[^\"]*\"|[\\w.]+)\\s*\\)").matcher(code);
            while (incoming.find()) {
                String channel = incoming.group(1).startsWith("\"") ? incoming.group(1).replace("\"", "")
                        : constant(read(file), incoming.group(1).replaceAll(".*\\.", ""))
                                .orElseThrow(() -> new AssertionError(file + ": no channel " + incoming.group(1)));
                String topic = properties(service).getProperty("mp.messaging.incoming." + channel + ".topic", channel);
                Topic t = TOPICS.get(topic);
                if (t == null) {
                    found.add(new Listener(service, file, topic, Set.of()));
                    continue;
                }
                Set<String> handled = new LinkedHashSet<>();
                List<Path> scanned = new ArrayList<>(List.of(file));
                scanned.addAll(collaborators(file, files));
                for (Path f : scanned) {
                    handled.addAll(dispatchedOn(code(f), t));
                }
                // in the topic's order, so messages read like the pages
                found.add(new Listener(service, file, topic, t.events().stream().filter(handled::contains)
                        .collect(Collectors.toCollection(LinkedHashSet::new))));
            }
        }
        return found;
    }

    /** The event types of the topic that the code dispatches on (a sealed subtype stands for its leaves). */
    static Set<String> dispatchedOn(String code, Topic topic) {
        String considered = withoutIgnoreCalls(code);
        Set<String> names = new LinkedHashSet<>();
        names.addAll(matches(considered, "\\binstanceof\\s+(?:final\\s+)?(?:\\w+\\.)*(\\w+)", 1));
        names.addAll(matches(considered, "\\bcase\\s+(?:\\w+\\.)*(\\w+)\\b", 1));
        names.addAll(matches(considered, "\\b(\\w+)\\.class\\b", 1));
        Set<String> handled = new LinkedHashSet<>();
        for (String name : names) {
            if (topic.events().contains(name)) {
                handled.add(name);
            } else if (topic.sealed().containsKey(name) && !name.equals(topic.root())) {
                List<String> leaves = new ArrayList<>();
                leaves(name, topic.sealed(), leaves);
                handled.addAll(leaves);
            }
        }
        return handled;
    }

    /** Without {@code ignore(...)}, {@code ignoring(...)}, {@code ignored(...)} calls: what they name is ignored. */
    static String withoutIgnoreCalls(String code) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("\\b[iI]gnor\\w*\\s*\\(").matcher(code);
        int at = 0;
        while (m.find(at)) {
            out.append(code, at, m.start());
            int depth = 1;
            int i = m.end();
            while (i < code.length() && depth > 0) {
                char ch = code.charAt(i++);
                depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            }
            at = i;
        }
        return out.append(code.substring(Math.min(at, code.length()))).toString();
    }

    /** The classes of the same service that the listener's constructor takes. */
    static List<Path> collaborators(Path listener, List<Path> serviceFiles) {
        String name = listener.getFileName().toString().replace(".java", "");
        String code = code(listener);
        Matcher constructor = Pattern.compile("\\b" + name + "\\s*\\(([^)]*)\\)\\s*(?:throws[^{]*)?\\{").matcher(code);
        List<Path> found = new ArrayList<>();
        while (constructor.find()) {
            String params = constructor.group(1);
            while (params.matches("(?s).*<[^<>]*>.*")) {
                params = params.replaceAll("<[^<>]*>", "");
            }
            for (String param : params.split(",")) {
                String[] words = param.trim().replaceAll("@\\w+(\\([^)]*\\))?", "").trim().split("\\s+");
                if (words.length < 2) {
                    continue;
                }
                String type = words[words.length - 2].replaceAll(".*\\.", "");
                serviceFiles.stream().filter(f -> f.getFileName().toString().equals(type + ".java"))
                        .forEach(found::add);
            }
        }
        return found;
    }

    static Optional<String> constant(String source, String name) {
        Matcher m = Pattern.compile("\\b" + name + "\\s*=\\s*\"([^\"]*)\"").matcher(source);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static Properties properties(String service) {
        Properties p = new Properties();
        Path file = ROOT.resolve(service).resolve("src/main/resources/application.properties");
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static List<Path> javaFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> matches(String text, String regex, int group) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(group));
        }
        return found;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Java source without comments and with string and char literals emptied, so only code is matched. */
    static String code(Path file) {
        String s = read(file);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                out.append(' ');
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                i = end < 0 ? s.length() : end + 3;
                out.append("\"\"");
            } else if (ch == '"' || ch == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != ch) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                out.append(ch).append(ch);
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }
}
