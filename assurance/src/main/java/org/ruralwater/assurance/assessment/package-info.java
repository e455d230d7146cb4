/**
 * Assessment with rewards and penalties (考核) as data: schemes of items with weights and scoring functions
 * (bands, linear between bounds, pass/fail, points per unit), key items that must pass, veto items, bonus and
 * penalty items and grade bands; scores per assessee with the rule behind every point, and rankings.
 */
@NullMarked
package org.ruralwater.assurance.assessment;

import org.jspecify.annotations.NullMarked;
