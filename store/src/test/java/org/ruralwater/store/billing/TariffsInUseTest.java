package org.ruralwater.store.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralwater.billing.tariff.Tariff;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.store.DemoBilling;
import org.ruralwater.store.Store;
import org.ruralwater.store.TestDatabase;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.audit.Change;

/** The tariffs a run priced with are kept, by id and content hash, and shown by the store and the audit log. */
class TariffsInUseTest {

    private static final Actor CLERK = Actor.user("clerk");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRunKeepsTheVersionOfEachTariffItPricedWithByIdAndContentHash(TestDatabase db, @TempDir Path dir) {
        Path[] folders = BillingRecordsTest.demo(dir, 200);
        Tariffs tariffs = Tariffs.bundled();
        Tariff inForce = tariffs.inForce(DemoBilling.TARIFF, BillingRecordsTest.MAY.start())
                .orElseThrow();
        try (Store store = Store.open(db.location(dir))) {
            store.county().importFolder(Scope.everything(), CLERK, folders[0]);
            store.billing()
                    .run(
                            Scope.everything(),
                            CLERK,
                            BillingRecordsTest.MAY,
                            BillingRecordsTest.run(),
                            tariffs,
                            folders[1],
                            false);
            store.billing()
                    .run(
                            Scope.everything(),
                            CLERK,
                            BillingRecordsTest.JUNE,
                            BillingRecordsTest.run(),
                            tariffs,
                            null,
                            false);

            List<PricedBy> may = store.billing().pricedBy(Scope.everything(), BillingRecordsTest.MAY);
            List<PricedBy> june = store.billing().pricedBy(Scope.everything(), BillingRecordsTest.JUNE);

            assertThat(may).extracting(PricedBy::tariff).containsExactly(DemoBilling.TARIFF);
            PricedBy p = may.get(0);
            assertThat(p.effectiveFrom()).isEqualTo(inForce.effectiveFrom());
            assertThat(p.content()).isEqualTo(StoredTariffs.content(inForce)).contains(inForce.source());
            assertThat(p.contentHash()).hasSize(64).isEqualTo(StoredTariffs.sha256(p.content()));
            // The second run priced with the same version: the same hash, under its own run.
            assertThat(june).singleElement().satisfies(j -> {
                assertThat(j.contentHash()).isEqualTo(p.contentHash());
                assertThat(j.run()).isNotEqualTo(p.run());
            });
            List<Change> runs = store.audit().changes(Scope.everything()).stream()
                    .filter(c -> c.kind().equals("bill_runs"))
                    .toList();
            assertThat(runs)
                    .hasSize(2)
                    .allSatisfy(c -> assertThat(c.after().orElseThrow())
                            .contains("priced by " + DemoBilling.TARIFF + " from " + inForce.effectiveFrom()
                                    + " sha256:" + p.contentHash()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRunNotToldItsTariffsKeepsNone(TestDatabase db, @TempDir Path dir) {
        Path[] folders = BillingRecordsTest.demo(dir, 50);
        try (Store store = Store.open(db.location(dir))) {
            store.county().importFolder(Scope.everything(), CLERK, folders[0]);
            store.billing()
                    .run(
                            Scope.everything(),
                            CLERK,
                            BillingRecordsTest.MAY,
                            BillingRecordsTest.run(),
                            folders[1],
                            false);

            assertThat(store.billing().pricedBy(Scope.everything(), BillingRecordsTest.MAY))
                    .isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void aChangedChargeIsAnotherContentAndAnotherHash() {
        Tariff t = Tariffs.bundled()
                .inForce(DemoBilling.TARIFF, BillingRecordsTest.MAY.start())
                .orElseThrow();
        String content = StoredTariffs.content(t);
        assertThat(StoredTariffs.sha256(content)).isEqualTo(StoredTariffs.sha256(StoredTariffs.content(t)));
        assertThat(StoredTariffs.sha256(content.replace("per m³", "per m3")))
                .isNotEqualTo(StoredTariffs.sha256(content));
    }
}
