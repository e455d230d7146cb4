/** A deterministic generator of a realistic, fictional county for first runs, examples and benchmarks. */
@NullMarked
package org.ruralwater.core.demo;

import org.jspecify.annotations.NullMarked;
