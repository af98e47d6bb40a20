package com.getpaid.kit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdjustableClockTest {

    @Test
    void aProductionStartRefusesTheAdjustableClock() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Infrastructure.refuseAdjustableClockOutside(List.of("prod")));
        assertTrue(refused.getMessage().contains("quarkus.profile=scenario"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> Infrastructure.refuseAdjustableClockOutside(List.of("prod", "scenario")));
        assertThrows(IllegalStateException.class, () -> Infrastructure.refuseAdjustableClockOutside(List.of("staging")));
        assertThrows(IllegalStateException.class, () -> Infrastructure.refuseAdjustableClockOutside(List.of()));
    }

    @Test
    void testsAndScenariosMayMoveTheClock() {
        assertDoesNotThrow(() -> Infrastructure.refuseAdjustableClockOutside(List.of("test")));
        assertDoesNotThrow(() -> Infrastructure.refuseAdjustableClockOutside(List.of("dev")));
        assertDoesNotThrow(() -> Infrastructure.refuseAdjustableClockOutside(List.of("scenario")));
    }
}
