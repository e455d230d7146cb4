package org.ruralwater.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.people.Role;
import org.ruralwater.store.people.User;

/**
 * An embedded store's file only grows (no background writer, no compaction on close); compacting it while no
 * process has it open leaves a smaller file with the same data, and it is refused while the store is open.
 */
class EmbeddedCompactionTest {

    private static final County COUNTY = DemoCounty.generate(2_000, DemoCounty.DEFAULT_SEED);
    private static final RegionCode CODE =
            COUNTY.regions().atLevel(RegionLevel.COUNTY).get(0).code();

    /** A store written in many small transactions, as a platform's users write it, and its counts. */
    private static Map<String, Long> written(Location location) {
        try (Store store = Store.open(location)) {
            store.county().importCounty(Scope.everything(), Actor.cli(), COUNTY);
            for (int i = 0; i < 300; i++) {
                store.people()
                        .add(Scope.everything(), Actor.cli(), new User("u" + i, "user " + i, Role.AUDITOR, CODE, "x"));
            }
            return store.status(Scope.everything()).counts();
        }
    }

    @Test
    void aClosedStoreIsCompactedToASmallerFileWithTheSameData(@TempDir Path dir) throws Exception {
        Location location = Location.embeddedIn(dir);
        Map<String, Long> counts = written(location);
        long before = Files.size(dir.resolve("store.mv.db"));

        Store.Compacted c = Store.compact(location);

        assertThat(c.before()).isEqualTo(before);
        assertThat(c.after()).isEqualTo(Files.size(dir.resolve("store.mv.db"))).isLessThan(before / 2);
        try (Store store = Store.open(location)) {
            assertThat(store.status(Scope.everything()).counts()).isEqualTo(counts);
            assertThat(store.people().within(Scope.everything())).hasSize(300);
            assertThat(store.audit().newest(Scope.everything(), 0, 1)).hasSize(1);
            // Still a store that takes writes.
            store.people().add(Scope.everything(), Actor.cli(), new User("after", "after", Role.AUDITOR, CODE, "x"));
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("store.mv.db");
        }
    }

    @Test
    void anOpenStoreIsNotCompacted(@TempDir Path dir) throws Exception {
        Location location = Location.embeddedIn(dir);
        written(location);
        long size = Files.size(dir.resolve("store.mv.db"));
        try (Store open = Store.open(location)) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> Store.compact(location))
                    .withMessageContaining("is open in another process")
                    .withMessageContaining("stop it, then compact");
            assertThat(open.people().within(Scope.everything())).hasSize(300);
        }
        // Not compacted (opening and closing the store only adds to the file), and nothing left beside it.
        assertThat(Files.size(dir.resolve("store.mv.db"))).isGreaterThanOrEqualTo(size);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("store.mv.db");
        }
    }

    @Test
    void onlyAnEmbeddedStoreIsCompacted(@TempDir Path dir) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Store.compact(Location.jdbc("jdbc:postgresql://127.0.0.1/x", "a", "b")))
                .withMessageContaining("autovacuum");
        assertThatIllegalStateException()
                .isThrownBy(() -> Store.compact(Location.embeddedIn(dir.resolve("none"))))
                .withMessageContaining("there is no embedded store");
    }
}
