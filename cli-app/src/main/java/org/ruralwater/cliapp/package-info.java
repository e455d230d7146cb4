/**
 * The {@code ruralwater} command: picocli over the domain modules, with no rule logic of its own. Results go
 * to stdout as a table, CSV or JSON; diagnostics go to stderr. Exit codes: 0 success, 1 the check found
 * failures, 2 usage error, 3 bad input (every problem listed as {@code file:line:column: field: ...}).
 */
@NullMarked
package org.ruralwater.cliapp;

import org.jspecify.annotations.NullMarked;
