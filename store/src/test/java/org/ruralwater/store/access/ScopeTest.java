package org.ruralwater.store.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.region.RegionCode;

class ScopeTest {

    /** Codes of every level, a province-administered county and its pseudo-prefecture among them. */
    static final List<RegionCode> CODES = codes();

    private static List<RegionCode> codes() {
        List<RegionCode> out = new ArrayList<>();
        for (String c : List.of(
                "530000",
                "110000",
                "530100",
                "530200",
                "539000",
                "530102",
                "530103",
                "530201",
                "539001",
                "530102001000",
                "530102002000",
                "530103001000",
                "530201101000",
                "539001201000",
                "530102001201",
                "530102001202",
                "530102002201",
                "530103001203",
                "530201101204",
                "539001201205")) {
            out.add(RegionCode.parse(c));
        }
        return List.copyOf(out);
    }

    /** SQL's LIKE for the patterns a scope makes: a prefix and %, or the code itself. */
    private static boolean like(String pattern, String code) {
        return pattern.endsWith("%")
                ? code.startsWith(pattern.substring(0, pattern.length() - 1))
                : code.equals(pattern);
    }

    @Test
    void theSqlPatternOfAScopeHoldsExactlyTheRegionsTheScopeIncludes() {
        qt().withExamples(2000)
                .forAll(integers().between(0, CODES.size() - 1), integers().between(0, CODES.size() - 1))
                .checkAssert((s, r) -> {
                    Scope scope = Scope.of(CODES.get(s));
                    RegionCode row = CODES.get(r);
                    assertThat(like(scope.codePattern().orElseThrow(), row.value()))
                            .as(scope + " holds " + row)
                            .isEqualTo(scope.includes(row));
                });
    }

    @Test
    void theWholeStoreIncludesRowsInNoRegionAndARegionDoesNot() {
        assertThat(Scope.everything().includes(null)).isTrue();
        assertThat(Scope.everything().codePattern()).isEmpty();
        assertThat(Scope.of(RegionCode.parse("530102")).includes(null)).isFalse();
        assertThat(Scope.of(RegionCode.parse("539000")).includes(RegionCode.parse("539001")))
                .as("a county the province administers directly is not within the pseudo-prefecture 90")
                .isFalse();
        assertThat(Scope.of(RegionCode.parse("530102"))).hasToString("530102");
        assertThat(Scope.everything()).hasToString("everything");
    }

    @Test
    void anActorIsAUserOrTheCommandLineForItsOsUser() {
        assertThat(Actor.user("li.wei")).hasToString("li.wei");
        assertThat(Actor.cli().name()).isEqualTo("cli:" + System.getProperty("user.name"));
    }
}
