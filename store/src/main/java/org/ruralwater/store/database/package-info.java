/** The store's own use of its database: transactions, partitions, record rows, audit entries. Not exported. */
@NullMarked
package org.ruralwater.store.database;

import org.jspecify.annotations.NullMarked;
