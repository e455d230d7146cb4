/** The registers of villages, supply works and households: search, a record's page, and audited edits. */
@NullMarked
package org.ruralwater.webapp.register;

import org.jspecify.annotations.NullMarked;
