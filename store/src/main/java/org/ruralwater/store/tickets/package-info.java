/**
 * Problem tickets (问题清单) in the store: each ticket's lifecycle as append-only events (open, assign,
 * rectify, verify, close with evidence, reopen), its current state kept in the same transaction as the
 * event that changes it, and the open, overdue and zero-open (动态清零) counts by region.
 */
@NullMarked
package org.ruralwater.store.tickets;

import org.jspecify.annotations.NullMarked;
