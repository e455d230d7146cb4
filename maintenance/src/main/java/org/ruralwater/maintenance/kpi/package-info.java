/**
 * Maintenance KPIs: preventive-maintenance compliance, MTBF and MTTR per asset type, and the backlog of open
 * work and overdue preventive tasks at an instant. Repair timeliness is in {@code workorder}, beside the
 * commitments it is measured against.
 */
@NullMarked
package org.ruralwater.maintenance.kpi;

import org.jspecify.annotations.NullMarked;
