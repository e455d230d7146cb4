package org.ruralwater.webapp.access;

import org.ruralwater.core.datafile.Coded;

/** What a user may ask the platform to do, always inside their region's scope. */
public enum Action implements Coded {
    /** See the dashboard, the map, registers, samples, bills and tickets. */
    VIEW,
    /** Upload a county folder, a CSV or a workbook. */
    IMPORT,
    /** Change a works, asset, village, household, water manager or crew record. */
    EDIT_REGISTER,
    /** Enter a water sample and its determinations. */
    RECORD_SAMPLE,
    /** Enter meter readings. */
    RECORD_READING,
    /** Issue a period's bills. */
    RUN_BILLS,
    /** Record a fee paid. */
    RECORD_PAYMENT,
    /** Report a problem (open a ticket). */
    OPEN_TICKET,
    /** Give a ticket to a township, a water manager or a crew. */
    ASSIGN_TICKET,
    /** Record what was done to put a problem right (整改). */
    RECTIFY_TICKET,
    /** Check on site that the rectification holds (核查). */
    VERIFY_TICKET,
    /** Close a verified ticket with its evidence (销号). */
    CLOSE_TICKET,
    /** Reopen a closed ticket whose problem came back. */
    REOPEN_TICKET,
    /** Check in on a patrol of a works, pipeline or pumping station. */
    PATROL,
    /** Update a work order given to one's crew. */
    UPDATE_WORK_ORDER,
    /** Read the audit log. */
    VIEW_AUDIT_LOG,
    /** Create users, set their roles and scopes, reset passwords. */
    MANAGE_USERS;
}
