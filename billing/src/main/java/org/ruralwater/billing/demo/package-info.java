/**
 * A deterministic year of billing for the demo county's metered households, in the billing folder's own
 * files, for first runs, the platform's bill runs and load tests.
 */
@NullMarked
package org.ruralwater.billing.demo;

import org.jspecify.annotations.NullMarked;
