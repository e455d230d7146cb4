package org.ruralwater.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.store.access.Scope;

/** An embedded store's first start makes its schema aside, so the store's file is whole or not there. */
class EmbeddedStartTest {

    @Test
    void theFirstStartLeavesTheWholeStoreAndNothingBeside(@TempDir Path dir) throws Exception {
        Location location = Location.embeddedIn(dir);
        try (Store store = Store.open(location)) {
            assertThat(store.status(Scope.everything()).schemaVersion()).isNotEqualTo("none");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .contains("store.mv.db")
                    .noneMatch(n -> n.startsWith("store-start-"));
        }
    }

    @Test
    void aStoreThereAlreadyIsOpenedAsItIs(@TempDir Path dir) throws Exception {
        Location location = Location.embeddedIn(dir);
        try (Store store = Store.open(location)) {
            store.people(); // the first start made it
        }
        long size = Files.size(dir.resolve("store.mv.db"));
        EmbeddedStart.makeWhole(dir, location.url());
        assertThat(Files.size(dir.resolve("store.mv.db"))).isEqualTo(size);
    }

    @Test
    void theEmbeddedStoreCommitsBeforeACommitReturns() {
        assertThat(Location.embeddedIn(Path.of("x")).url())
                .contains(";AUTO_SERVER=TRUE")
                .contains(";WRITE_DELAY=0");
    }
}
