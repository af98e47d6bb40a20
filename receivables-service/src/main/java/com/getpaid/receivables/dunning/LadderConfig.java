package com.getpaid.receivables.dunning;

import com.getpaid.receivables.account.DunningLadder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The dunning ladder from configuration; a ladder that does not climb stops the service at start-up. */
@ApplicationScoped
public class LadderConfig {

    @Produces
    @Singleton // a record cannot have a client proxy
    DunningLadder ladder(
            @ConfigProperty(name = "receivables.dunning.ladder",
                    defaultValue = "1:FRIENDLY_REMINDER,15:FIRM_REMINDER,30:FINAL_NOTICE,60:ESCALATION") String ladder,
            @ConfigProperty(name = "receivables.dunning.pre-due-days", defaultValue = "7,1") String preDue,
            @ConfigProperty(name = "receivables.promises.tolerance-days", defaultValue = "2") int tolerance) {
        return DunningLadder.parse(ladder, preDue, tolerance);
    }
}
