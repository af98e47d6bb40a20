package com.getpaid.console.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.console.action.Action;
import com.getpaid.console.action.Actions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every word in both languages: the same keys, none blank, and a label for every action and each of its fields. */
class LabelsTest {

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Map<String, String> en = Labels.load("en");
        Map<String, String> zh = Labels.load("zh-CN");
        assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(zh.keySet()));
        assertTrue(en.size() > 300, "keys compared: " + en.size());
        en.forEach((k, v) -> assertTrue(!v.isBlank() && !zh.get(k).isBlank(), k));
    }

    @Test
    void everyActionAndEveryFieldItShowsHasItsWordsInBothLanguages() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String lang : Labels.LANGUAGES) {
            Map<String, String> words = Labels.load(lang);
            for (Action action : Actions.all()) {
                for (String key : List.of("action." + action.id(), "done." + action.id())) {
                    checked++;
                    if (!words.containsKey(key)) {
                        missing.add(lang + " " + key);
                    }
                }
                for (Action.Field field : action.fields()) {
                    if (!field.hidden()) {
                        checked++;
                        if (!words.containsKey("field." + field.name())) {
                            missing.add(lang + " field." + field.name());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(checked > 60, "labels checked: " + checked);
    }

    @Test
    void theLanguageIsTheOneChosenElseTheBrowsersElseEnglish() {
        assertEquals("zh-CN", Labels.choose("zh-CN", "en-US"));
        assertEquals("en", Labels.choose("en", "zh-CN,zh;q=0.9"));
        assertEquals("zh-CN", Labels.choose(null, "zh-CN,zh;q=0.9"));
        assertEquals("en", Labels.choose("fr", "de-DE"));
    }

    @Test
    void moneyHasItsCurrencysMinorDigitsAndTheLanguagesGrouping() {
        Fmt en = new Fmt("en", Map.of("stage.FIRM_REMINDER", "Firm reminder"), java.time.ZoneId.of("Asia/Shanghai"));
        assertEquals("12,345.60 CNY", en.money("12345.6", "CNY"));
        assertEquals("1,235 JPY", en.money("1235", "JPY"));
        assertEquals("1.500 KWD", en.money("1.5", "KWD"));
        assertEquals("2026-12-02 05:30", en.time("2026-12-01T21:30:00Z"), "in the business zone");
        assertEquals("Firm reminder", en.code("stage", "FIRM_REMINDER"));
        assertEquals("NEW_STAGE", en.code("stage", "NEW_STAGE"), "a code without a word is shown as sent");
    }
}
