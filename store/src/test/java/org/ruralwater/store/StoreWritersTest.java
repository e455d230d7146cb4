package org.ruralwater.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.database.BulkWriteException;
import org.ruralwater.store.database.RecordRows;
import org.ruralwater.store.database.RowStream;

/** The store's bulk writers on both databases: rows streamed as they are made, and what an upsert leaves. */
class StoreWritersTest {

    /** A record of a kind of its own, so that the test's rows share no table rows with a real kind. */
    record Thing(String id, int size, String note) {}

    private static final RecordRows<Thing> THINGS = RecordRows.of("things", Thing.class);
    private static final List<String> SCRATCH = List.of("id", "body");

    private static void scratch(Store store) {
        store.database().withHandle(h -> h.execute("CREATE TABLE scratch (id INT PRIMARY KEY, body VARCHAR)"));
    }

    private static int count(Store store) {
        return store.database()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM scratch")
                        .mapTo(Integer.class)
                        .one());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void rowsSentAsTheyAreMadeAllLandWithTheirTextIntactOverManyChunks(TestDatabase db, @TempDir Path dir) {
        try (Store store = Store.open(db.location(dir))) {
            scratch(store);
            String odd = "a \"quoted\", comma\nand a line, 水";
            store.database().inTransaction(h -> {
                try (RowStream rows = RowStream.open(h, "scratch", SCRATCH)) {
                    for (int i = 0; i < 25_000; i++) {
                        // 25,000 rows of ~100 bytes: more than one COPY chunk and more than two H2 batches.
                        rows.row(i, i == 12_345 ? odd : "x".repeat(90) + i);
                    }
                    rows.row(25_000, null).row(25_001, "");
                    rows.finish();
                }
                return null;
            });

            assertThat(count(store)).isEqualTo(25_002);
            store.database().withHandle(h -> {
                assertThat(h.createQuery("SELECT body FROM scratch WHERE id = 12345")
                                .mapTo(String.class)
                                .one())
                        .isEqualTo(odd);
                assertThat(h.createQuery("SELECT body FROM scratch WHERE id = 25000")
                                .mapTo(String.class)
                                .findOne())
                        .isEmpty();
                assertThat(h.createQuery("SELECT body FROM scratch WHERE id = 25001")
                                .mapTo(String.class)
                                .one())
                        .isEmpty();
                return null;
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTakenKeyFailsTheStreamAndItsTransactionLeavesNothingOfIt(TestDatabase db, @TempDir Path dir) {
        try (Store store = Store.open(db.location(dir))) {
            scratch(store);
            store.database().withHandle(h -> h.execute("INSERT INTO scratch (id, body) VALUES (7, 'kept')"));

            assertThatThrownBy(() -> store.database().inTransaction(h -> {
                        try (RowStream rows = RowStream.open(h, "scratch", SCRATCH)) {
                            for (int i = 0; i < 15_000; i++) {
                                rows.row(i, "new");
                            }
                            rows.finish();
                        }
                        return null;
                    }))
                    .isInstanceOfSatisfying(
                            BulkWriteException.class,
                            e -> assertThat(e.isDuplicateKey()).isTrue());

            assertThat(count(store)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStreamLeftUnfinishedByAFailureWritesNothing(TestDatabase db, @TempDir Path dir) {
        try (Store store = Store.open(db.location(dir))) {
            scratch(store);

            assertThatThrownBy(() -> store.database().inTransaction(h -> {
                        try (RowStream rows = RowStream.open(h, "scratch", SCRATCH)) {
                            for (int i = 0; i < 12_000; i++) {
                                rows.row(i, "x".repeat(100));
                            }
                            throw new IllegalStateException("the caller failed half way");
                        }
                    }))
                    .hasMessage("the caller failed half way");

            assertThat(count(store)).isZero();
        }
    }

    /** What a run reads after importing its folder, without reading it back, is what it would read back. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theRowsAfterAnUpsertAreTheRowsReadBackInEveryScope(TestDatabase db, @TempDir Path dir) {
        String[] villages = {"320115001001", "320115001002", "320115002001", null};
        Random random = new Random(5);
        try (Store store = Store.open(db.location(dir))) {
            for (int round = 0; round < 3; round++) {
                Map<String, RecordRows.Stored> existing = store.database().withHandle(THINGS::all);
                List<RecordRows.Incoming<Thing>> incoming = new ArrayList<>();
                Map<String, RecordRows.Incoming<Thing>> byKey = new HashMap<>();
                for (int i = 0; i < 60; i++) {
                    String id = "T" + random.nextInt(90);
                    if (byKey.containsKey(id)) {
                        continue;
                    }
                    var in = new RecordRows.Incoming<>(
                            id,
                            villages[random.nextInt(villages.length)],
                            2 + random.nextInt(40),
                            new Thing(id, random.nextInt(5), random.nextBoolean() ? "a, \"b\"" : "plain"));
                    byKey.put(id, in);
                    incoming.add(in);
                }
                List<Scope> scopes = List.of(
                        Scope.everything(),
                        Scope.of(RegionCode.parse("320115001000")),
                        Scope.of(RegionCode.parse("320115002001")));
                Map<Scope, List<RecordRows.Placed<Thing>>> expected = new HashMap<>();
                for (Scope scope : scopes) {
                    expected.put(scope, THINGS.placedAfter(scope, "things.csv", existing, incoming));
                }

                store.database()
                        .inTransaction(h -> THINGS.upsert(h, Actor.user("t"), Instant.now(), incoming, existing));

                for (Scope scope : scopes) {
                    var read = store.database().withHandle(h -> THINGS.placedWithin(h, scope, "things.csv"));
                    assertThat(expected.get(scope))
                            .as("round %d, %s", round, scope)
                            .extracting(p -> p.key() + "@" + p.region() + ":" + p.record())
                            .containsExactlyInAnyOrderElementsOf(read.stream()
                                    .map(p -> p.key() + "@" + p.region() + ":" + p.record())
                                    .toList());
                }
            }
        }
    }
}
