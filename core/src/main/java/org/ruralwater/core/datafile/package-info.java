/**
 * Strict CSV and JSON readers into records: they read the whole input and report every problem with its
 * file, line, column, field, what was expected and what was found, and return nothing when there is any.
 */
@NullMarked
package org.ruralwater.core.datafile;

import org.jspecify.annotations.NullMarked;
