package org.ruralwater.store.people;

import org.ruralwater.core.datafile.Coded;

/**
 * What a user does on the platform. An officer's scope is the region of the agency they work for, at any
 * level (province, prefecture, county): one role, whose reach is its region, rather than a role per level.
 */
public enum Role implements Coded {
    /** 水利局/水务局 staff at a province, prefecture or county: the whole region in scope. */
    OFFICER,
    /** 乡镇水务站 staff: one township. */
    TOWNSHIP_STAFF,
    /** 管水员: one village or a few, the first to see a problem. */
    WATER_MANAGER,
    /** A maintenance crew member: the work orders given to the crew. */
    CREW_MEMBER,
    /** Reads everything in scope, changes nothing. */
    AUDITOR,
    /** Manages users and imports; scope as given. */
    ADMINISTRATOR;
}
