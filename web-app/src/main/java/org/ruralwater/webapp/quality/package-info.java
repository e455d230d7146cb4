/**
 * The water-quality desk: a sample entered on a form and its verdict against the standard shown as the values
 * are entered, each determination with its limit, whether it was relaxed and the clause, and what the standard
 * would also need. Thin: quality-rules reads and judges the sample; the page only gathers and shows.
 */
@NullMarked
package org.ruralwater.webapp.quality;

import org.jspecify.annotations.NullMarked;
