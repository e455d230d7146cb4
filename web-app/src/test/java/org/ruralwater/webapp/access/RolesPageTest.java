package org.ruralwater.webapp.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.store.people.Role;

/** docs/roles.md and the code say the same about who may do what. */
class RolesPageTest {

    @Test
    void theRolesPageShowsExactlyThePermissionsTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/roles.md"), StandardCharsets.UTF_8);
        String header = lines.stream()
                .filter(l -> l.startsWith("| action |"))
                .findFirst()
                .orElseThrow();
        List<String> columns = cells(header).subList(1, Role.values().length + 1);
        for (int i = 0; i < Role.values().length; i++) {
            assertThat(columns.get(i)).startsWith(Role.values()[i].code() + " ");
        }
        Set<Action> documented = EnumSet.noneOf(Action.class);
        for (String line : lines) {
            if (!line.startsWith("| `")) {
                continue;
            }
            List<String> cells = cells(line);
            String code = cells.get(0).substring(1, cells.get(0).indexOf('`', 1));
            Action action = Coded.parse(Action.class, code).orElseThrow(() -> new AssertionError("no action " + code));
            documented.add(action);
            for (int i = 0; i < Role.values().length; i++) {
                Role role = Role.values()[i];
                assertThat(cells.get(i + 1).equals("✓"))
                        .as("%s may %s", role.code(), action.code())
                        .isEqualTo(Permissions.allows(role, action));
            }
        }
        assertThat(documented).containsExactlyInAnyOrder(Action.values());
    }

    @Test
    void noOneClosesATicketTheyMayRectifyAndTheAuditorChangesNothing() {
        for (Role role : Role.values()) {
            assertThat(Permissions.allows(role, Action.CLOSE_TICKET) && Permissions.allows(role, Action.RECTIFY_TICKET))
                    .as(role.code())
                    .isFalse();
            assertThat(Permissions.allows(role, Action.VIEW)).isTrue();
        }
        assertThat(Permissions.of(Role.AUDITOR)).containsExactlyInAnyOrder(Action.VIEW, Action.VIEW_AUDIT_LOG);
        assertThat(Permissions.allows(Role.WATER_MANAGER, Action.CLOSE_TICKET)).isFalse();
        assertThat(Permissions.allows(Role.ADMINISTRATOR, Action.RUN_BILLS)).isFalse();
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.length() - 1);
        List<String> out = new ArrayList<>();
        for (String c : inner.split("\\|", -1)) {
            out.add(c.strip());
        }
        return out;
    }
}
