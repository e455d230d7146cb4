/**
 * The county's system of record on a database: {@link org.ruralwater.store.Store#open} on an embedded H2 file
 * or a PostgreSQL server, region-scoped and audited.
 */
@NullMarked
package org.ruralwater.store;

import org.jspecify.annotations.NullMarked;
