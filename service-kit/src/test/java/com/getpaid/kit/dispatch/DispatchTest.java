package com.getpaid.kit.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DispatchTest {

    sealed interface Happened permits Issued, Paid, Settled {
    }

    record Issued(String id) implements Happened {
    }

    record Paid(String id) implements Happened {
    }

    sealed interface Settled extends Happened permits WrittenOff, Credited {
    }

    record WrittenOff(String id) implements Settled {
    }

    record Credited(String id) implements Settled {
    }

    @Test
    void aTypeNeitherHandledNorIgnoredRefusesTheTable() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Dispatch.<List<String>, Happened>over(Happened.class).on(Issued.class, (seen, e) -> seen.add(e.id()))
                        .ignore(Paid.class).build());
        // the nested sealed family's types count one by one
        assertTrue(refused.getMessage().contains("WrittenOff") && refused.getMessage().contains("Credited"),
                refused.getMessage());
    }

    @Test
    void eachTypeGoesToItsHandlerAndIgnoredOnesAreSaidSo() throws Exception {
        Dispatch<List<String>, Happened> table = Dispatch.<List<String>, Happened>over(Happened.class)
                .on(Issued.class, (seen, e) -> seen.add("issued " + e.id()))
                .on(WrittenOff.class, (seen, e) -> seen.add("written off " + e.id()))
                .ignore(Paid.class, Credited.class).build();
        List<String> seen = new ArrayList<>();
        assertTrue(table.handle(seen, new Issued("I-1")));
        assertFalse(table.handle(seen, new Paid("P-1")));
        assertTrue(table.handle(seen, new WrittenOff("I-2")));
        assertFalse(table.handle(seen, new Credited("I-3")));
        assertEquals(List.of("issued I-1", "written off I-2"), seen);
        assertTrue(table.handles(Issued.class));
        assertFalse(table.handles(Paid.class));
    }

    @Test
    void aTypeNamedTwiceIsAMistake() {
        assertThrows(IllegalStateException.class, () -> Dispatch.<Object, Happened>over(Happened.class)
                .on(Issued.class, (c, e) -> {
                }).ignore(Issued.class));
    }

    @Test
    void onlySealedFamiliesHaveTables() {
        assertThrows(IllegalArgumentException.class, () -> Dispatch.over(Runnable.class));
    }
}
