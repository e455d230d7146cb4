/**
 * The safe-water ledger (安全饮水台账): problem tickets through their lifecycle (open, assign, 整改, 核查, 销号,
 * reopen) with deadlines and overdue marks, each step allowed by the platform's role × action table and taken
 * through the store (which takes it through assurance's lifecycle); the regions at zero open problems (动态清零)
 * and the recurring ones; screening results, monitored households and their risk signals; the monthly report;
 * the assessment. Thin: assurance and escalation hold the rules, the store the records; the pages only gather
 * and show.
 */
@NullMarked
package org.ruralwater.webapp.safewater;

import org.jspecify.annotations.NullMarked;
