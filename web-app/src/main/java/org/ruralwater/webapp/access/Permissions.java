package org.ruralwater.webapp.access;

import static org.ruralwater.webapp.access.Action.ASSIGN_TICKET;
import static org.ruralwater.webapp.access.Action.CLOSE_TICKET;
import static org.ruralwater.webapp.access.Action.EDIT_REGISTER;
import static org.ruralwater.webapp.access.Action.IMPORT;
import static org.ruralwater.webapp.access.Action.MANAGE_USERS;
import static org.ruralwater.webapp.access.Action.OPEN_TICKET;
import static org.ruralwater.webapp.access.Action.PATROL;
import static org.ruralwater.webapp.access.Action.RECORD_PAYMENT;
import static org.ruralwater.webapp.access.Action.RECORD_READING;
import static org.ruralwater.webapp.access.Action.RECORD_SAMPLE;
import static org.ruralwater.webapp.access.Action.RECTIFY_TICKET;
import static org.ruralwater.webapp.access.Action.REOPEN_TICKET;
import static org.ruralwater.webapp.access.Action.RUN_BILLS;
import static org.ruralwater.webapp.access.Action.UPDATE_WORK_ORDER;
import static org.ruralwater.webapp.access.Action.VERIFY_TICKET;
import static org.ruralwater.webapp.access.Action.VIEW;
import static org.ruralwater.webapp.access.Action.VIEW_AUDIT_LOG;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.ruralwater.store.people.Role;
import org.ruralwater.store.people.User;

/**
 * Who may do what: the platform's role × action table (ruralwater's setting, documented in
 * web-app/docs/roles.md, which a test keeps equal to this table). Every action is further bounded by the
 * user's region: a permission here never reaches a row outside the user's scope.
 *
 * <p>The ticket steps follow the programme's 县级核查销号: problems are found and reported where they
 * are (water managers, township stations, crews), put right by those given them, checked on site (核查) by
 * the township station or the water bureau, and closed (销号) by the water bureau only, so that no one closes
 * a problem they rectified themselves. The auditor reads
 * everything in scope and changes nothing; the administrator manages users and imports but does not
 * decide on tickets or bills.
 */
public final class Permissions {

    private static final Map<Role, Set<Action>> TABLE = table();

    private Permissions() {}

    private static Map<Role, Set<Action>> table() {
        Map<Role, Set<Action>> t = new EnumMap<>(Role.class);
        t.put(
                Role.OFFICER,
                EnumSet.of(
                        VIEW,
                        IMPORT,
                        EDIT_REGISTER,
                        RECORD_SAMPLE,
                        RUN_BILLS,
                        OPEN_TICKET,
                        ASSIGN_TICKET,
                        VERIFY_TICKET,
                        CLOSE_TICKET,
                        REOPEN_TICKET,
                        VIEW_AUDIT_LOG));
        t.put(
                Role.TOWNSHIP_STAFF,
                EnumSet.of(
                        VIEW,
                        EDIT_REGISTER,
                        RECORD_SAMPLE,
                        RECORD_READING,
                        RECORD_PAYMENT,
                        OPEN_TICKET,
                        ASSIGN_TICKET,
                        RECTIFY_TICKET,
                        VERIFY_TICKET,
                        PATROL));
        t.put(
                Role.WATER_MANAGER,
                EnumSet.of(VIEW, RECORD_READING, RECORD_PAYMENT, OPEN_TICKET, RECTIFY_TICKET, PATROL));
        t.put(Role.CREW_MEMBER, EnumSet.of(VIEW, OPEN_TICKET, RECTIFY_TICKET, PATROL, UPDATE_WORK_ORDER));
        t.put(Role.AUDITOR, EnumSet.of(VIEW, VIEW_AUDIT_LOG));
        t.put(Role.ADMINISTRATOR, EnumSet.of(VIEW, IMPORT, VIEW_AUDIT_LOG, MANAGE_USERS));
        return t;
    }

    /** Whether the role may take the action (inside its scope). */
    public static boolean allows(Role role, Action action) {
        return TABLE.get(role).contains(action);
    }

    /** Whether the user may take the action (inside their scope). */
    public static boolean allows(User user, Action action) {
        return allows(user.role(), action);
    }

    /** The actions a role may take. */
    public static Set<Action> of(Role role) {
        return Set.copyOf(TABLE.get(role));
    }
}
