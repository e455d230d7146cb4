package org.ruralwater.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralwater.store.access.Scope;

class StoreTest {

    /**
     * The highest version among the migrations (common and per vendor): the schema an opened store is at. Read
     * from the folder, so that each new migration needs no edit here (several are added side by side).
     */
    static final String LATEST_MIGRATION = latestMigration();

    private static String latestMigration() {
        try (java.util.stream.Stream<Path> files =
                java.nio.file.Files.walk(Path.of("src/main/resources/db/migration"))) {
            return files
                    .map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max()
                    .stream()
                    .mapToObj(Integer::toString)
                    .findFirst()
                    .orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void openingMakesTheSchemaAndAnEmptyStoreHoldsNothing(TestDatabase db, @TempDir Path dir) {
        Location location = db.location(dir);
        try (Store store = Store.open(location)) {
            StoreStatus status = store.status(Scope.everything());

            assertThat(status.database()).isEqualTo(db.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(status.schemaVersion()).isEqualTo(LATEST_MIGRATION);
            assertThat(status.counts()).containsEntry("readings", 0L).containsEntry("ledger_documents", 0L);
        }
        try (Store again = Store.open(location)) {
            assertThat(again.status(Scope.everything()).schemaVersion()).isEqualTo(LATEST_MIGRATION);
        }
    }

    @Test
    void theEmbeddedStoreIsAnAutoServerH2FileInItsFolder(@TempDir Path dir) {
        Location l = Location.embeddedIn(dir);

        assertThat(l.url()).startsWith("jdbc:h2:file:" + dir.toAbsolutePath()).contains(";AUTO_SERVER=TRUE");
        assertThat(l.folder()).contains(dir.toAbsolutePath().normalize());
        assertThat(l).hasToString(dir.toAbsolutePath().normalize().toString());
    }

    @Test
    void theDataFolderIsRuralwaterHomeElseTheUsersDataDirectory() {
        Path home = Path.of("/home/li");

        assertThat(Location.dataFolder(Map.of("RURALWATER_HOME", "/srv/rw"), "Linux", home))
                .isEqualTo(Path.of("/srv/rw"));
        assertThat(Location.dataFolder(Map.of(), "Linux", home)).isEqualTo(Path.of("/home/li/.local/share/ruralwater"));
        assertThat(Location.dataFolder(Map.of("XDG_DATA_HOME", "/data"), "Linux", home))
                .isEqualTo(Path.of("/data/ruralwater"));
        assertThat(Location.dataFolder(Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/li/Library/Application Support/ruralwater"));
        assertThat(Location.dataFolder(Map.of("LOCALAPPDATA", "C:/Users/li/AppData/Local"), "Windows 11", home))
                .isEqualTo(Path.of("C:/Users/li/AppData/Local/ruralwater"));
    }

    @Test
    void aServerUrlTakesItsCredentialsFromTheEnvironmentAndNeverShowsAPassword() {
        Location l = Location.parse(
                "jdbc:postgresql://db:5432/county?password=secret&currentSchema=jiangdu",
                Map.of(Location.USER, "app", Location.PASSWORD, "pw"));

        assertThat(l.folder()).isEmpty();
        assertThat(l.toString()).doesNotContain("secret").contains("password=***");
        assertThat(Location.parse("some/folder", Map.of()).folder()).isPresent();
    }

    @Test
    void aStoreThatCannotBeReachedIsSaidInOneSentence() {
        Location nowhere = Location.jdbc("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1", "x", "y");

        assertThatThrownBy(() -> Store.open(nowhere))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageStartingWith("the store at jdbc:postgresql://127.0.0.1:1/none");
    }

    @Test
    void aDatabaseOtherThanH2OrPostgresqlIsRefused() {
        assertThatThrownBy(() -> Store.open(Location.jdbc("jdbc:sqlite:x.db", null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("H2")
                .hasMessageContaining("PostgreSQL");
    }
}
