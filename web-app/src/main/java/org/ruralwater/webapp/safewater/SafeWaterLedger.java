package org.ruralwater.webapp.safewater;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.ruralwater.store.Store;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.register.CountySnapshots;
import org.ruralwater.webapp.signin.SignIn;

/** The safe-water ledger's desks, added to the platform's routes together. */
public final class SafeWaterLedger {

    private final TicketDesk tickets;
    private final LedgerDesk ledger;
    private final ScreeningDesk screening;
    private final AssessmentDesk assessment;

    public SafeWaterLedger(Store store, CountySnapshots snapshots, Pages pages, SignIn signIn, Clock clock) {
        this.tickets = new TicketDesk(store, snapshots, pages, signIn, clock);
        this.ledger = new LedgerDesk(store, snapshots, pages, signIn, clock);
        this.screening = new ScreeningDesk(store, snapshots, pages, signIn, clock);
        this.assessment = new AssessmentDesk(store, snapshots, pages, signIn, clock);
    }

    public void addTo(RoutesConfig routes) {
        tickets.addTo(routes);
        ledger.addTo(routes);
        screening.addTo(routes);
        assessment.addTo(routes);
    }
}
