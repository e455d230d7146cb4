/** How results are written: an aligned table for people, CSV for spreadsheets, JSON for programs. */
@NullMarked
package org.ruralwater.cliapp.output;

import org.jspecify.annotations.NullMarked;
