/** A deterministic county-scale scheduling workload on the demo county, for the benchmark, the CLI and tests. */
@NullMarked
package org.ruralwater.maintenance.demo;

import org.jspecify.annotations.NullMarked;
