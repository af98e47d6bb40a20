package com.getpaid.console.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Every word a page shows, in each language the console speaks ({@code labels/<lang>.properties}, UTF-8). A template
 * reads them as {@code {t.key}}; a key missing in one language fails the page (Qute is strict), and LabelsTest checks
 * both languages have the same keys.
 */
@ApplicationScoped
public class Labels {

    public static final List<String> LANGUAGES = List.of("en", "zh-CN");

    private final Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();

    public Labels() {
        for (String lang : LANGUAGES) {
            byLanguage.put(lang, load(lang));
        }
    }

    public Map<String, String> of(String lang) {
        return byLanguage.getOrDefault(lang, byLanguage.get("en"));
    }

    static Map<String, String> load(String lang) {
        try (InputStream in = Labels.class.getResourceAsStream("/labels/" + lang + ".properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> words = new LinkedHashMap<>();
            p.stringPropertyNames().forEach(k -> words.put(k, p.getProperty(k)));
            return Collections.unmodifiableMap(words);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("labels/" + lang + ".properties is missing", e);
        }
    }

    /** The language a request asks for: its choice remembered in the cookie, else the browser's, else English. */
    public static String choose(String cookie, String acceptLanguage) {
        if (cookie != null && LANGUAGES.contains(cookie)) {
            return cookie;
        }
        return acceptLanguage != null && acceptLanguage.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
    }
}
